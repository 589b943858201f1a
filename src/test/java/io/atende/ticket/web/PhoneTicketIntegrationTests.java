package io.atende.ticket.web;

import static io.atende.ticket.TicketFixtures.ANA;
import static io.atende.ticket.TicketFixtures.MARIA;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.mail.MailFixtures;
import io.atende.mail.internal.EmbeddedMailServer;
import io.atende.mail.internal.OutboxDispatcher;
import io.atende.portal.PortalClient;
import io.atende.team.WebappSession;
import io.atende.ticket.AuthorKind;
import io.atende.ticket.Channel;
import io.atende.ticket.HistoryKind;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketType;
import io.atende.ticket.Tickets;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DisplayName;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 15, the phone channel (Atendimento Telefônico; R4, R5, R10): an agent finds the caller, confirms who is
 * calling, sees R4's block, and opens the ticket with channel TELEFONE in the caller's name; the customer gets the
 * usual "ticket aberto" e-mail.
 */
@AtendeIntegrationTest
class PhoneTicketIntegrationTests {

    static final String AGENT = "agente-cst";

    @Autowired CustomerDirectory customers;
    @Autowired Tickets tickets;
    @Autowired ProcessEngine engine;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired TransactionTemplate tx;
    @LocalServerPort int port;

    TestRestTemplate rest;

    @Autowired
    void noRedirects(TestRestTemplate rest) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @Test
    @DisplayName("The caller is found by e-mail, name, company or CNPJ (with or without punctuation)")
    void findsTheCallerFourWays() {
        HttpHeaders agent = WebappSession.signedInToTasklist(rest, AGENT);
        for (String query : new String[] {"ana@paoquente", "Ana Souza", "pão quente", "11.222.333/0001-81",
                "11222333000181"}) {
            Document page = Jsoup.parse(get("/equipe/telefone?busca=" + query, agent).getBody());
            assertThat(page.select("#resultados td").eachText()).as(query).contains(ANA, "11.222.333/0001-81",
                    "Pode abrir tickets");
        }
        Document blocked = Jsoup.parse(get("/equipe/telefone?busca=inadimplente", agent).getBody());
        assertThat(blocked.select("#resultados").text()).contains(MARIA, "Empresa bloqueada (R4): só assuntos da CST");
        ResponseEntity<String> tooShort = get("/equipe/telefone?busca=an", agent);
        assertThat(Jsoup.parse(tooShort.getBody()).getElementById("erro").text()).contains("ao menos 3 letras");
        assertThat(Jsoup.parse(get("/equipe/telefone?busca=ninguem-existe", agent).getBody()).getElementById("nenhum"))
                .isNotNull();
    }

    @Test
    @DisplayName("A confirmed caller's ticket: channel TELEFONE, caller and agent in the history, the team's queue, "
            + "the 'ticket aberto' e-mail")
    void opensTheCallersTicket() {
        HttpHeaders agent = WebappSession.signedInToTasklist(rest, AGENT);
        long anaId = customers.byEmail(ANA).orElseThrow().contactId();

        ResponseEntity<String> sent = post(anaId, form("SUPORTE", "sim"), agent);

        assertThat(sent.getStatusCode().value()).isEqualTo(302);
        String number = sent.getHeaders().getLocation().toString().replaceAll(".*aberto=", "");
        tx.executeWithoutResult(s -> {
            Ticket ticket = tickets.findById(Long.parseLong(number)).orElseThrow();
            assertThat(ticket.getChannel()).isEqualTo(Channel.TELEFONE);
            assertThat(ticket.getContactId()).isEqualTo(anaId);
            assertThat(ticket.getTeam()).isEqualTo("suporte-protheus");
            assertThat(ticket.getHistory().get(0).getKind()).isEqualTo(HistoryKind.OPENED);
            assertThat(ticket.getHistory().get(0).getAuthor())
                    .isEqualTo("Ana Souza (por telefone, registrado por Juliana Rocha)");
            assertThat(ticket.getHistory().get(0).getAuthorKind()).isEqualTo(AuthorKind.CUSTOMER);
        });
        assertThat(Jsoup.parse(get("/equipe/telefone?aberto=" + number, agent).getBody()).getElementById("sucesso")
                .text()).contains(number, "aberto por telefone");
        dispatcher.dispatchDue();
        assertThat(MailFixtures.delivered(mailServer.greenMail(), ANA, Long.parseLong(number))).isNotEmpty();
        assertThat(rest.withBasicAuth(ANA, "demo").getForEntity("/api/tickets/" + number, String.class).getBody())
                .contains("TELEFONE");
    }

    @Test
    @DisplayName("Without the confirmation, with a missing subject or R4's block on a support subject: refused, no ticket")
    void refusesUnconfirmedIncompleteAndBlockedCalls() {
        HttpHeaders agent = WebappSession.signedInToTasklist(rest, AGENT);
        long anaId = customers.byEmail(ANA).orElseThrow().contactId();
        long before = tickets.count();

        ResponseEntity<String> unconfirmed = post(anaId, form("SUPORTE", null), agent);
        assertThat(unconfirmed.getStatusCode().value()).isEqualTo(400);
        assertThat(Jsoup.parse(unconfirmed.getBody()).getElementById("erro").text()).contains("Confirme quem está ligando");
        assertThat(Jsoup.parse(unconfirmed.getBody()).getElementById("assunto").val()).isEqualTo("Nota fiscal rejeitada");
        MultiValueMap<String, String> noSubject = form("SUPORTE", "sim");
        noSubject.set("assunto", " ");
        assertThat(post(anaId, noSubject, agent).getStatusCode().value()).isEqualTo(400);

        long mariaId = customers.byEmail(MARIA).orElseThrow().contactId();
        Document page = Jsoup.parse(get("/equipe/telefone/contatos/" + mariaId, agent).getBody());
        assertThat(page.getElementById("bloqueio").text()).contains("bloqueado", "4003-0015");
        assertThat(page.select("#tipo option").eachAttr("value")).containsExactly("ADMINISTRATIVO");
        ResponseEntity<String> blocked = post(mariaId, form("SUPORTE", "sim"), agent);
        assertThat(blocked.getStatusCode().value()).isEqualTo(409);
        assertThat(Jsoup.parse(blocked.getBody()).getElementById("erro").text()).contains("bloqueado");
        assertThat(tickets.count()).isEqualTo(before);

        MultiValueMap<String, String> regularize = form("ADMINISTRATIVO", "sim");
        regularize.set("produto", "");
        assertThat(post(mariaId, regularize, agent).getStatusCode().value()).isEqualTo(302);
        assertThat(tickets.count()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("R10: a Consultoria Telefônica call's start goes to the analysis form's time entry")
    void aConsultingCallStartsItsTimeEntry() {
        HttpHeaders agent = WebappSession.signedInToTasklist(rest, AGENT);
        MultiValueMap<String, String> form = form("CONSULTORIA_TELEFONICA", "sim");
        form.set("inicio", java.time.Instant.now().minusSeconds(600).toString());

        ResponseEntity<String> sent = post(customers.byEmail(ANA).orElseThrow().contactId(), form, agent);

        assertThat(sent.getStatusCode().value()).isEqualTo(302);
        String number = sent.getHeaders().getLocation().toString().replaceAll(".*aberto=", "");
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult().getId();
        String expected = java.time.LocalDateTime.ofInstant(java.time.Instant.parse(form.getFirst("inicio")),
                java.time.ZoneId.of("America/Sao_Paulo")).withSecond(0).withNano(0).toString();
        assertThat(engine.getRuntimeService().getVariable(instance, "consultingStartedAt")).isEqualTo(expected);
        tx.executeWithoutResult(s -> assertThat(tickets.findById(Long.parseLong(number)).orElseThrow().getType())
                .isEqualTo(TicketType.CONSULTORIA_TELEFONICA));
    }

    @Test
    @DisplayName("Anonymous and customers' portal sessions get 401, a lead outside any team 403, an unknown contact 404")
    void onlyTeamMembersTakeCalls() {
        assertThat(get("/equipe/telefone?busca=ana", WebappSession.open(rest)).getStatusCode().value()).isEqualTo(401);
        PortalClient portal = PortalClient.loggedIn(port, ANA, "demo");
        assertThat(portal.get("/equipe/telefone?busca=ana").statusCode()).isEqualTo(401);
        // a lead group member only (Tasklist access, no team): signs in, may not take calls
        var identity = engine.getIdentityService();
        if (identity.createUserQuery().userId("so-lider").count() == 0) {
            var user = identity.newUser("so-lider");
            user.setPassword(WebappSession.PASSWORD);
            identity.saveUser(user);
            identity.createMembership("so-lider", "lideres-suporte-rm");
        }
        try {
            HttpHeaders leadOnly = WebappSession.signedInToTasklist(rest, "so-lider");
            ResponseEntity<String> refused = get("/equipe/telefone?busca=ana", leadOnly);
            assertThat(refused.getStatusCode().value()).isEqualTo(403);
            assertThat(refused.getBody()).contains("Só os membros de uma equipe").doesNotContain(ANA);
        } finally {
            identity.deleteMembership("so-lider", "lideres-suporte-rm");
            identity.deleteUser("so-lider");
        }
        assertThat(get("/equipe/telefone/contatos/99999999", WebappSession.signedInToTasklist(rest, AGENT))
                .getStatusCode().value()).isEqualTo(404);
    }

    private static MultiValueMap<String, String> form(String type, String confirmed) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("tipo", type);
        form.add("produto", "PROTHEUS");
        form.add("rotina", "MATA410");
        form.add("versao", "12.1.2410");
        form.add("ambiente", "PRODUCAO");
        form.add("assunto", "Nota fiscal rejeitada");
        form.add("descricao", "Cliente relata rejeição 539 ao transmitir a nota.");
        form.add("impacto", "MEDIO");
        form.add("urgencia", "MEDIA");
        if (confirmed != null) {
            form.add("confirmado", confirmed);
        }
        return form;
    }

    private ResponseEntity<String> get(String path, HttpHeaders session) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(session), String.class);
    }

    private ResponseEntity<String> post(long contactId, MultiValueMap<String, String> form, HttpHeaders session) {
        ResponseEntity<String> page = get("/equipe/telefone/contatos/" + contactId, session);
        WebappSession.keepCookies(session, page);
        var token = Jsoup.parse(page.getBody()).selectFirst("#form-telefone input[name=_csrf]");
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>(form);
        fields.set("_csrf", token == null ? "" : token.attr("value"));
        if (!fields.containsKey("inicio")) {
            fields.add("inicio", Jsoup.parse(page.getBody()).selectFirst("input[name=inicio]").attr("value"));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(session);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.exchange("/equipe/telefone/contatos/" + contactId, HttpMethod.POST, new HttpEntity<>(fields, headers),
                String.class);
    }
}
