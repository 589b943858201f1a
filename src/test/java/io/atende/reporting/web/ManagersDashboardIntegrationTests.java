package io.atende.reporting.web;

import io.atende.ticket.AnalysisOutcome;
import static io.atende.ticket.TicketFixtures.ANA;
import static io.atende.ticket.TicketFixtures.brasilia;
import static io.atende.ticket.TicketFixtures.supportDraft;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.portal.PortalClient;
import io.atende.team.WebappSession;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;
import io.atende.ticket.TicketProcess;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.http.ResponseEntity;

/**
 * Issue 15, the managers' dashboard: figures worked out by hand for one day (Tuesday 2025-03-11, which no other
 * test uses) — three Protheus tickets, one of them past its target, one answered in 30 minutes, one transferred —
 * read by the team's lead, each table also as CSV; agents who lead no team, customers and strangers get nothing.
 */
@AtendeIntegrationTest
class ManagersDashboardIntegrationTests {

    static final String LEAD = "lider-suporte-protheus";
    static final String DAY = "?de=2025-03-11&ate=2025-03-11";

    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired ProcessEngine engine;
    @LocalServerPort int port;

    TestRestTemplate rest;

    @Autowired
    void noRedirects(TestRestTemplate rest) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @BeforeEach
    void oneDayOfTickets() {
        if (engine.getHistoryService().createHistoricProcessInstanceQuery()
                .startedBefore(Date.from(brasilia("2025-03-12T00:00")))
                .startedAfter(Date.from(brasilia("2025-03-11T00:00"))).count() > 0) {
            return; // the day is written once per test context
        }
        var ana = customers.byEmail(ANA).orElseThrow();
        ClockUtil.setCurrentTime(Date.from(brasilia("2025-03-11T09:00")));
        Ticket late = desk.open(ana, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        Ticket answered = desk.open(ana, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        Ticket transferred = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        ClockUtil.setCurrentTime(Date.from(brasilia("2025-03-11T09:30")));
        engine.getTaskService().complete(task(answered), Map.of(TicketProcess.VAR_OUTCOME.name(),
                AnalysisOutcome.PROPOSE_SOLUTION.name(), TicketProcess.VAR_SOLUTION.name(), "Aplique o pacote."));
        engine.getTaskService().complete(task(transferred), Map.of(TicketProcess.VAR_OUTCOME.name(),
                AnalysisOutcome.TRANSFER.name(), TicketProcess.VAR_TRANSFER_TO.name(), "suporte-rm",
                TicketProcess.VAR_TRANSFER_REASON.name(), "A rotina é do RM."));
        String lateInstance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(late.number().toString()).singleResult().getId();
        var breach = engine.getManagementService().createJobQuery().processInstanceId(lateInstance)
                .activityId(TicketProcess.TIMER_SLA).singleResult();
        ClockUtil.setCurrentTime(breach.getDuedate());
        engine.getManagementService().executeJob(breach.getId());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R20/R16: the lead reads the day's SLA, first answers, channels and transfers of their team only")
    void theLeadReadsTheirTeamsFigures() {
        ResponseEntity<String> page = get("/equipe/painel" + DAY, WebappSession.signedInToTasklist(rest, LEAD));

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("unsafe");
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.select("#tabela-sla tbody tr").eachText())
                .containsExactly("suporte-protheus URGENTE 2 1 1 50,0 %");
        assertThat(html.select("#tabela-resposta tbody tr").eachText())
                .containsExactly("suporte-protheus 1 0 0 0 0 1");
        assertThat(html.select("#tabela-canal tbody tr").eachText()).containsExactly("PORTAL 2");
        assertThat(html.select("#tabela-transferencias").text()).doesNotContain("suporte-rm");
        assertThat(html.select("#tabela-ouvidoria")).isEmpty();
        assertThat(html.select("#equipe option").eachAttr("value")).containsExactly("", "suporte-protheus");
        assertThat(html.getElementById("grafico-sla").attr("data-valores")).isEqualTo("[50.0]");
    }

    @Test
    @DisplayName("The process administrator reads every team: the transferred ticket counts for RM, the Ouvidoria too")
    void theAdministratorReadsEveryTeam() {
        Document html = Jsoup.parse(get("/equipe/painel" + DAY, WebappSession.signedInToTasklist(rest, "demo")).getBody());

        assertThat(html.select("#tabela-sla tbody tr").eachText()).contains("suporte-protheus URGENTE 2 1 1 50,0 %",
                "suporte-rm NORMAL 1 1 0 100,0 %");
        assertThat(html.select("#tabela-transferencias tbody tr").eachText()).contains("suporte-rm 1 1 0,0 %");
        assertThat(html.getElementById("tabela-ouvidoria")).isNotNull();
    }

    @Test
    @DisplayName("Every table as CSV for a spreadsheet: BOM, ';', the same rows")
    void exportsEachTableAsCsv() {
        ResponseEntity<byte[]> csv = rest.exchange("/equipe/painel.csv" + DAY + "&tabela=sla", HttpMethod.GET,
                new HttpEntity<>(WebappSession.signedInToTasklist(rest, LEAD)), byte[].class);

        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getFirst("Content-Disposition")).contains("painel-sla-2025-03-11-a-2025-03-11.csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFEquipe;Classificação;Abertos;No prazo;Prazo vencido;% no prazo\r\n")
                .contains("suporte-protheus;URGENTE;2;1;1;50,0 %\r\n");
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        ResponseEntity<String> unknown = get("/equipe/painel.csv" + DAY + "&tabela=nada",
                WebappSession.signedInToTasklist(rest, LEAD));
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getBody()).contains("tabela=sla");
    }

    @Test
    @DisplayName("Bad dates and a team the lead does not lead are refused 400 in Portuguese")
    void refusesBadFilters() {
        HttpHeaders lead = WebappSession.signedInToTasklist(rest, LEAD);
        for (String query : new String[] {"?de=11/03/2025", "?de=2025-03-12&ate=2025-03-11", "?de=2020-01-01&ate=2025-03-11",
                "?equipe=suporte-rm"}) {
            ResponseEntity<String> page = get("/equipe/painel" + query, lead);
            assertThat(page.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(Jsoup.parse(page.getBody()).getElementById("erro").text()).as(query).isNotBlank();
        }
    }

    @Test
    @DisplayName("Issue 24: dates out of range (year +999999999, -999999999) are refused 400 with the page's message")
    void refusesDatesOutOfRange() {
        HttpHeaders lead = WebappSession.signedInToTasklist(rest, LEAD);
        for (String query : new String[] {"?ate=%2B999999999-12-31", "?de=%2B999999999-12-01&ate=%2B999999999-12-31",
                "?de=-999999999-01-01&ate=-999999999-01-02"}) {
            ResponseEntity<String> page = rest.exchange(java.net.URI.create("/equipe/painel" + query), HttpMethod.GET,
                    new HttpEntity<>(lead), String.class);
            assertThat(page.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(Jsoup.parse(page.getBody()).getElementById("erro").text()).as(query).contains("entre 1900-01-01");
        }
    }

    @Test
    @DisplayName("An agent who leads no team 403, without a Tasklist login or with a customer's portal login 401")
    void onlyLeadsAndAdministrators() {
        assertThat(get("/equipe/painel", WebappSession.signedInToTasklist(rest, "agente-suporte-protheus"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(get("/equipe/painel.csv?tabela=sla", WebappSession.signedInToTasklist(rest, "agente-suporte-protheus"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(get("/equipe/painel", new HttpHeaders()).getStatusCode().value()).isEqualTo(401);
        assertThat(PortalClient.loggedIn(port, ANA, "demo").get("/equipe/painel").statusCode()).isEqualTo(401);
    }

    private String task(Ticket ticket) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket.number().toString())
                .singleResult().getId();
    }

    private ResponseEntity<String> get(String path, HttpHeaders session) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(session), String.class);
    }
}
