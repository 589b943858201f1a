package io.atende.ticket.web;

import static io.atende.ticket.TicketFixtures.ANA;
import static io.atende.ticket.TicketFixtures.supportDraft;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.mail.MailFixtures;
import io.atende.mail.internal.EmbeddedMailServer;
import io.atende.mail.internal.OutboxDispatcher;
import io.atende.portal.PortalClient;
import io.atende.team.WebappSession;
import io.atende.ticket.HistoryKind;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketHistory;
import io.atende.ticket.TicketStatus;
import io.atende.ticket.Tickets;
import io.atende.ticket.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 15, agents' writing on the staff ticket page: internal notes the customer never reads (portal, API,
 * e-mails), replies to the customer that leave the status as it is, and colleagues asked for help with
 * {@code @user} in a note, who are e-mailed and may then work on the ticket.
 */
@AtendeIntegrationTest
class StaffWritingIntegrationTests {

    static final String PROTHEUS_AGENT = "agente-suporte-protheus";
    static final String RM_AGENT = "agente-suporte-rm";
    static final String SECRET = "Cliente usa base customizada; não comentar com ele.";

    @Autowired TicketDesk desk;
    @Autowired Tickets tickets;
    @Autowired TicketHistory history;
    @Autowired CustomerDirectory customers;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired TaskService tasks;
    @Autowired org.camunda.bpm.engine.ManagementService managementService;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;
    @LocalServerPort int port;

    TestRestTemplate rest;
    Ticket ticket;

    @Autowired
    void noRedirects(TestRestTemplate rest) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @BeforeEach
    void openTicket() {
        ticket = desk.open(customers.byEmail(ANA).orElseThrow(), supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
    }

    @Test
    @DisplayName("An internal note shows on the staff page and the task form, never in the portal, the API or an e-mail")
    void anInternalNoteStaysWithTheStaff() throws Exception {
        HttpHeaders agent = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);

        ResponseEntity<String> sent = post("notas", SECRET, agent);

        assertThat(sent.getStatusCode().value()).isEqualTo(302);
        assertThat(sent.getHeaders().getLocation().toString()).contains("/equipe/tickets/" + ticket.number() + "?enviado=nota");
        Document page = Jsoup.parse(get(agent).getBody());
        assertThat(page.select("#historico li.interna").text()).contains(SECRET, "Nota interna", "Carla Mendes",
                "[não visível ao cliente]");
        assertThat(kinds(false)).contains(HistoryKind.INTERNAL_NOTE);

        assertThat(kinds(true)).doesNotContain(HistoryKind.INTERNAL_NOTE).contains(HistoryKind.OPENED);
        assertThat(rest.withBasicAuth(ANA, "demo").getForEntity("/api/tickets/" + ticket.number() + "/history",
                String.class).getBody()).doesNotContain(SECRET, "INTERNAL_NOTE");
        assertThat(PortalClient.loggedIn(port, ANA, "demo").get("/tickets/" + ticket.number()).body())
                .doesNotContain(SECRET, "Nota interna");
        dispatcher.dispatchDue();
        assertThat(MailFixtures.delivered(mailServer.greenMail(), ANA, ticket.getId()).stream()
                .map(MailFixtures::subject)).noneMatch(s -> s.contains("Mensagem da equipe"));
        for (var message : mailServer.greenMail().getReceivedMessages()) {
            assertThat(String.join("\n", MailFixtures.parts(message))).doesNotContain(SECRET);
        }
        assertThat(reload().getStatus()).isEqualTo(TicketStatus.ABERTO);
    }

    @Test
    @DisplayName("A reply to the customer: in the portal's history and by e-mail, signed by the agent; the status stays")
    void aReplyReachesTheCustomerWithoutChangingTheStatus() {
        HttpHeaders agent = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);

        ResponseEntity<String> sent = post("respostas", "Estamos reproduzindo o erro na versão 12.1.2410.", agent);

        assertThat(sent.getStatusCode().value()).isEqualTo(302);
        assertThat(reload().getStatus()).isEqualTo(TicketStatus.ABERTO);
        assertThat(rest.withBasicAuth(ANA, "demo").getForEntity("/api/tickets/" + ticket.number() + "/history",
                String.class).getBody()).contains("TEAM_REPLY", "Estamos reproduzindo o erro", "Carla Mendes");
        dispatcher.dispatchDue();
        var mails = MailFixtures.delivered(mailServer.greenMail(), ANA, ticket.getId()).stream()
                .filter(m -> MailFixtures.subject(m).contains("Mensagem da equipe")).toList();
        assertThat(mails).hasSize(1);
    }

    @Test
    @DisplayName("A blank text is refused 400 with a Portuguese message and nothing written; a closed ticket's reply 409")
    void refusesBlankTextsAndRepliesOnClosedTickets() {
        HttpHeaders agent = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);
        int entries = entries();

        ResponseEntity<String> blank = post("notas", "   ", agent);
        assertThat(blank.getStatusCode().value()).isEqualTo(400);
        assertThat(Jsoup.parse(blank.getBody()).getElementById("erro").text()).isEqualTo("Escreva o texto da nota.");
        ResponseEntity<String> tooLong = post("respostas", "x".repeat(20_001), agent);
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(Jsoup.parse(tooLong.getBody()).getElementById("texto-resposta").text()).hasSize(20_001);
        assertThat(entries()).isEqualTo(entries);

        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(ticket.number().toString()).singleResult().getId();
        tasks.complete(taskId, java.util.Map.of("outcome", "PROPOSE_SOLUTION", "solution", "Aplique o pacote."));
        desk.accept(customers.byEmail(ANA).orElseThrow(), ticket.number().toString());
        assertThat(reload().getStatus()).isEqualTo(TicketStatus.FECHADO);

        ResponseEntity<String> closed = post("respostas", "Mais uma coisa.", agent);
        assertThat(closed.getStatusCode().value()).isEqualTo(409);
        assertThat(closed.getBody()).contains("está encerrado");
        assertThat(post("notas", "Causa raiz: índice corrompido.", agent).getStatusCode().value()).isEqualTo(302);
    }

    @Test
    @DisplayName("Mentioning @agente-suporte-rm e-mails them and lets them read and write; before, they got 403")
    void aMentionedColleagueIsToldAndMayHelp() {
        HttpHeaders rm = WebappSession.signedInToTasklist(rest, RM_AGENT);
        assertThat(get(rm).getStatusCode().value()).isEqualTo(403);

        post("notas", "@agente-suporte-rm você conhece esse erro do RM? (cc ana@paoquente.com.br)",
                WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT));

        dispatcher.dispatchDue();
        assertThat(MailFixtures.deliveredWithSubject(mailServer.greenMail(), "agente-suporte-rm@atende.example",
                "pede sua ajuda no ticket " + ticket.number())).hasSize(1);
        assertThat(MailFixtures.deliveredWithSubject(mailServer.greenMail(), ANA, "pede sua ajuda")).isEmpty();
        assertThat(get(rm).getStatusCode().value()).isEqualTo(200);
        assertThat(post("notas", "Sim: falta o patch 2410.3.", rm).getStatusCode().value()).isEqualTo(302);
    }

    @Test
    @DisplayName("Without the page's CSRF token, without a Tasklist login or from another team nothing is written")
    void refusesForgedAnonymousAndOtherTeamsWrites() {
        HttpHeaders agent = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);
        int entries = entries();

        HttpHeaders headers = new HttpHeaders();
        headers.addAll(agent);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("texto", "forjado");
        assertThat(rest.exchange(path("notas"), HttpMethod.POST, new HttpEntity<>(form, headers), String.class)
                .getStatusCode().value()).isEqualTo(403);
        // without a Tasklist login the page has no form, hence no token: refused before anything is read
        assertThat(post("notas", "anônimo", WebappSession.open(rest)).getStatusCode().value()).isEqualTo(403);
        assertThat(post("respostas", "outra equipe", WebappSession.signedInToTasklist(rest, RM_AGENT))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(entries()).isEqualTo(entries);
    }

    @Test
    @DisplayName("Twenty notes at once on one ticket: every one recorded, none a 500")
    void concurrentNotesAllLand() throws Exception {
        HttpHeaders agent = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);
        String token = csrf(agent);
        int entries = entries();
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String text = "nota " + i;
                calls.add(() -> post("notas", text, agent, token).getStatusCode().value());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : threads.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).allMatch(s -> s == 302 || s == 409);
            long recorded = statuses.stream().filter(s -> s == 302).count();
            assertThat(entries()).isEqualTo(entries + (int) recorded);
            assertThat(recorded).isGreaterThanOrEqualTo(15);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    @DisplayName("R20 reclassification: MEDIO × MEDIA → ALTO × ALTA makes the ticket URGENTE, the target 10 business "
            + "hours from the clock's start, and moves the task's due date and both SLA timers; the customer reads why")
    void aReclassificationRecomputesTheTargetAndMovesTheTimers() {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                io.atende.ticket.TicketFixtures.brasilia("2026-11-30T10:00")));
        try {
            ticket = desk.open(customers.byEmail(ANA).orElseThrow(), supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                    io.atende.ticket.TicketFixtures.brasilia("2026-11-30T11:00")));
            HttpHeaders agent = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);

            ResponseEntity<String> sent = reclassify("ALTO", "ALTA", "Faturamento parado em todas as filiais.", agent);

            assertThat(sent.getStatusCode().value()).isEqualTo(302);
            java.time.Instant due = io.atende.ticket.TicketFixtures.brasilia("2026-12-01T08:00"); // Mon 10:00 + 10 h
            assertThat(reload().getPriority()).isEqualTo(io.atende.ticket.Priority.URGENTE);
            assertThat(reload().getSlaDueAt()).isEqualTo(due);
            var task = tasks.createTaskQuery().processInstanceBusinessKey(ticket.number().toString()).singleResult();
            assertThat(task.getDueDate()).isEqualTo(java.util.Date.from(due));
            assertThat(tasks.getVariableLocal(task.getId(), "ticketPriority")).isEqualTo("URGENTE");
            assertThat(job(io.atende.ticket.TicketProcess.TIMER_SLA).getDuedate())
                    .isEqualTo(java.util.Date.from(due));
            assertThat(job(io.atende.ticket.TicketProcess.TIMER_SLA_WARNING).getDuedate())
                    .isEqualTo(java.util.Date.from(io.atende.ticket.TicketFixtures.brasilia("2026-11-30T18:00")));
            assertThat(rest.withBasicAuth(ANA, "demo").getForEntity("/api/tickets/" + ticket.number() + "/history",
                    String.class).getBody()).contains("RECLASSIFIED", "URGENTE", "Faturamento parado em todas as filiais.");

            assertThat(reclassify("ALTO", "ALTA", "De novo.", agent).getStatusCode().value()).isEqualTo(400);
            assertThat(reclassify("BAIXO", "BAIXA", "  ", agent).getStatusCode().value()).isEqualTo(400);
            assertThat(reclassify("ENORME", "BAIXA", "Inválido.", agent).getStatusCode().value()).isEqualTo(400);
            tasks.complete(task.getId(), java.util.Map.of("outcome", "PROPOSE_SOLUTION", "solution", "Aplique o pacote."));
            ResponseEntity<String> resolved = reclassify("BAIXO", "BAIXA", "Já resolvido.", agent);
            assertThat(resolved.getStatusCode().value()).isEqualTo(409);
            assertThat(Jsoup.parse(resolved.getBody()).getElementById("motivo").text()).isEqualTo("Já resolvido.");
            assertThat(reload().getPriority()).isEqualTo(io.atende.ticket.Priority.URGENTE);
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    private ResponseEntity<String> reclassify(String impact, String urgency, String reason, HttpHeaders session) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(session);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("impacto", impact);
        form.add("urgencia", urgency);
        form.add("motivo", reason);
        form.add("_csrf", csrf(session));
        return rest.exchange(path("classificacao"), HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private org.camunda.bpm.engine.runtime.Job job(String activityId) {
        String instance = tasks.createTaskQuery().processInstanceBusinessKey(ticket.number().toString()).singleResult()
                .getProcessInstanceId();
        return managementService.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
    }

    private int entries() {
        return tx.execute(s -> reload().getHistory().size());
    }

    private List<HistoryKind> kinds(boolean customer) {
        return tx.execute(s -> (customer ? history.forCustomer(reload()) : history.of(reload())).stream()
                .map(i -> i.kind()).toList());
    }

    private Ticket reload() {
        return tickets.findById(ticket.getId()).orElseThrow();
    }

    private String path(String action) {
        return StaffTicketLinks.PATH + ticket.number() + "/" + action;
    }

    private ResponseEntity<String> get(HttpHeaders session) {
        return rest.exchange(StaffTicketLinks.PATH + ticket.number(), HttpMethod.GET, new HttpEntity<>(session),
                String.class);
    }

    /** The CSRF token of the page's forms, as a browser reads it. */
    private String csrf(HttpHeaders session) {
        ResponseEntity<String> page = get(session);
        WebappSession.keepCookies(session, page);
        var input = Jsoup.parse(page.getBody()).selectFirst("#form-nota input[name=_csrf]");
        return input == null ? "" : input.attr("value");
    }

    private ResponseEntity<String> post(String action, String text, HttpHeaders session) {
        return post(action, text, session, csrf(session));
    }

    private ResponseEntity<String> post(String action, String text, HttpHeaders session, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(session);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("texto", text);
        form.add("_csrf", token);
        return rest.exchange(path(action), HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }
}
