package io.atende.mail;

import io.atende.ticket.AnalysisOutcome;
import static io.atende.mail.MailFixtures.*;
import static io.atende.ticket.TicketFixtures.*;
import static io.atende.ticket.TicketProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.mail.internal.ActionTokens;
import io.atende.mail.internal.EmbeddedMailServer;
import io.atende.mail.internal.OutboxDispatcher;
import io.atende.ticket.HistoryKind;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketStatus;
import io.atende.ticket.Urgency;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** R18 by e-mail: the proposal's links open a page; only its button (POST + CSRF) accepts or contests, once. */
@AtendeIntegrationTest
class OneClickLinksIntegrationTests {

    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired ActionTokens tokens;
    @Autowired TestRestTemplate http;

    Customer ana;

    @BeforeEach
    void setUp() {
        init(engine);
        ana = customers.byEmail(ANA).orElseThrow();
    }

    @Test
    @DisplayName("Accept link: GET shows the page and changes nothing; the button closes the ticket; the link then is used")
    void acceptLinkConfirmsOnce() {
        Ticket ticket = resolvedTicket();
        String accept = link(ticket, 0);

        Page page = get(accept);
        assertThat(page.status()).isEqualTo(HttpStatus.OK);
        assertThat(page.html().select("h1").text()).isEqualTo("Aceitar a proposta de solução");
        assertThat(page.html().text()).contains(ticket.getId().toString(), "Nada muda até você confirmar");
        get(accept);
        assertThat(status(ticket)).isEqualTo(TicketStatus.RESOLVIDO);

        Page done = post(accept, page, null);
        assertThat(done.status()).isEqualTo(HttpStatus.OK);
        assertThat(done.html().text()).contains("Solução aceita");
        assertThat(status(ticket)).isEqualTo(TicketStatus.FECHADO);

        Page reused = post(accept, page, null);
        assertThat(reused.status()).isEqualTo(HttpStatus.GONE);
        assertThat(reused.html().text()).contains("já foi usado");
        assertThat(reused.html().select("a[href]").attr("href")).isEqualTo("http://localhost:8080/");
        // issue 24: the e-mails' and pages' portal link is a page of the application (/portal was a 404)
        assertThat(http.getForEntity(java.net.URI.create(reused.html().select("a[href]").attr("href")).getPath(),
                String.class).getStatusCode().value()).isIn(200, 302);
        assertThat(get(accept).status()).isEqualTo(HttpStatus.GONE);
    }

    @Test
    @DisplayName("Contest link: the page asks for the reason; without it nothing changes; with it the ticket is back with the team")
    void contestLinkAsksForTheReason() {
        Ticket ticket = resolvedTicket();
        String contest = link(ticket, 1);

        Page page = get(contest);
        assertThat(page.html().select("textarea[name=reason]")).hasSize(1);
        Page missing = post(contest, page, " ");
        assertThat(missing.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.html().text()).contains("Escreva o motivo");
        assertThat(status(ticket)).isEqualTo(TicketStatus.RESOLVIDO);

        Page done = post(contest, page, "Continua falhando no fechamento.");
        assertThat(done.status()).isEqualTo(HttpStatus.OK);
        assertThat(status(ticket)).isEqualTo(TicketStatus.ABERTO);
        assertThat(desk.history(ana, ticket.getId().toString())).anySatisfy(item -> {
            assertThat(item.kind()).isEqualTo(HistoryKind.CONTESTED);
            assertThat(item.text()).isEqualTo("Continua falhando no fechamento.");
        });
    }

    @Test
    @DisplayName("A forged token gets a page that explains and offers the portal; nothing changes")
    void forgedTokenIsRefused() {
        Ticket ticket = resolvedTicket();
        String accept = link(ticket, 0);
        String forged = accept.substring(0, accept.length() - 3) + (accept.endsWith("AAA") ? "BBB" : "AAA");
        Page page = get(forged);
        assertThat(page.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.html().text()).contains("não é válido", "Portal do Cliente");
        assertThat(get("/acao/nao-e-um-token").status()).isEqualTo(HttpStatus.NOT_FOUND);
        // a token signed with another secret for the same ticket
        String otherPayload = accept.substring("/acao/".length(), accept.indexOf('.'));
        assertThat(get("/acao/" + otherPayload + ".c2lnbmF0dXJh").status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(ticket)).isEqualTo(TicketStatus.RESOLVIDO);
    }

    @Test
    @DisplayName("An expired token gets a page that explains; its button does nothing either")
    void expiredTokenIsRefused() {
        Ticket ticket = resolvedTicket();
        String expired = "/acao/" + tokens.create("ACCEPT", ticket.getId(), ticket.getContactId(),
                Instant.now().minusSeconds(60));
        Page page = get(expired);
        assertThat(page.status()).isEqualTo(HttpStatus.GONE);
        assertThat(page.html().text()).contains("prazo deste link terminou");
        Page valid = get(link(ticket, 0));
        assertThat(post(expired, valid, null).status()).isEqualTo(HttpStatus.GONE);
        assertThat(status(ticket)).isEqualTo(TicketStatus.RESOLVIDO);
    }

    @Test
    @DisplayName("R18, issue 12: a reason over the customers' 20,000-character limit is refused (400), nothing changes, link unspent")
    void contestReasonHasTheOneLimit() {
        Ticket ticket = resolvedTicket();
        String contest = link(ticket, 1);
        Page page = get(contest);
        assertThat(page.html().select("textarea[name=reason]").attr("maxlength")).isEqualTo("20000");

        Page tooLong = post(contest, page, "x".repeat(1_000_000));
        assertThat(tooLong.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.html().text()).contains("1.000.000 caracteres", "o limite é 20.000");
        assertThat(status(ticket)).isEqualTo(TicketStatus.RESOLVIDO);
        assertThat(tooLong.html().select("textarea[name=reason]").text()).hasSize(20_000);

        Page atLimit = post(contest, page, "y".repeat(20_000));
        assertThat(atLimit.status()).isEqualTo(HttpStatus.OK);
        assertThat(status(ticket)).isEqualTo(TicketStatus.ABERTO);
    }

    @Test
    @DisplayName("R18, issue 12: after a contest the accept link's page shows the ticket's state, not the button")
    void acceptLinkAfterContestShowsTheState() {
        Ticket ticket = resolvedTicket();
        String accept = link(ticket, 0);
        String contest = link(ticket, 1);
        Page before = get(accept);
        assertThat(post(contest, get(contest), "Não resolveu.").status()).isEqualTo(HttpStatus.OK);

        Page page = get(accept);
        assertThat(page.status()).isEqualTo(HttpStatus.OK);
        assertThat(page.html().select("button")).isEmpty();
        // issue 24: the page's heading and title no longer read "Aceitar …" once there is nothing to accept
        assertThat(page.html().select("h1").text()).isEqualTo("Nada a confirmar por este link");
        assertThat(page.html().title()).doesNotContain("Aceitar");
        assertThat(page.html().text()).contains("já foi contestada", ticket.getId().toString())
                .doesNotContain("Nada muda até você confirmar");
        Page refused = post(accept, before, null);
        assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.html().select("button")).isEmpty();
        assertThat(status(ticket)).isEqualTo(TicketStatus.ABERTO);
    }

    @Test
    @DisplayName("After the acceptance the contest link's page says the ticket is closed")
    void contestLinkAfterAcceptanceShowsTheState() {
        Ticket ticket = resolvedTicket();
        String accept = link(ticket, 0);
        assertThat(post(accept, get(accept), null).status()).isEqualTo(HttpStatus.OK);

        Page page = get(link(ticket, 1));
        assertThat(page.html().select("textarea, button")).isEmpty();
        assertThat(page.html().text()).contains("já foi aceita", "está fechado");
    }

    @Test
    @DisplayName("Confirming without the page's CSRF token is refused")
    void confirmingNeedsCsrf() {
        Ticket ticket = resolvedTicket();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> response = http.exchange(link(ticket, 0), HttpMethod.POST,
                new HttpEntity<>(new LinkedMultiValueMap<>(), headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(ticket)).isEqualTo(TicketStatus.RESOLVIDO);
    }

    private Ticket resolvedTicket() {
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        complete(task(processInstanceQuery().processInstanceBusinessKey(ticket.getId().toString()).singleResult()),
                withVariables(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(), "Aplique o pacote."));
        dispatcher.dispatchDue();
        return ticket;
    }

    /** The n-th one-click link (0 accept, 1 contest) of the proposal e-mail, as a path. */
    private String link(Ticket ticket, int index) {
        List<MimeMessage> messages = delivered(mailServer.greenMail(), ANA, ticket.getId());
        MimeMessage proposal = messages.stream().filter(m -> subject(m).contains("Proposta de solução")).findFirst()
                .orElseThrow();
        Matcher matcher = Pattern.compile("http://localhost:8080(/acao/[A-Za-z0-9_.-]+)").matcher(text(proposal));
        List<String> links = matcher.results().map(r -> r.group(1)).distinct().toList();
        assertThat(links).hasSize(2);
        return links.get(index);
    }

    private static String text(MimeMessage message) {
        try {
            return parts(message).get(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private TicketStatus status(Ticket ticket) {
        return desk.find(ana, ticket.getId().toString()).getStatus();
    }

    record Page(HttpStatus status, Document html, String cookie) {
    }

    private Page get(String path) {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        String cookie = response.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        return new Page(HttpStatus.valueOf(response.getStatusCode().value()), Jsoup.parse(response.getBody()),
                cookie == null ? null : cookie.split(";")[0]);
    }

    private Page post(String path, Page form, String reason) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (form.cookie() != null) {
            headers.add(HttpHeaders.COOKIE, form.cookie());
        }
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        body.add("_csrf", form.html().select("input[name=_csrf]").attr("value"));
        if (reason != null) {
            body.add("reason", reason);
        }
        ResponseEntity<String> response = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        return new Page(HttpStatus.valueOf(response.getStatusCode().value()), Jsoup.parse(response.getBody()), form.cookie());
    }
}
