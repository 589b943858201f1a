package io.atende.reporting;

import io.atende.ticket.AnalysisOutcome;
import static io.atende.ticket.TicketFixtures.ANA;
import static io.atende.ticket.TicketFixtures.brasilia;
import static io.atende.ticket.TicketFixtures.supportDraft;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.reporting.internal.QueueHistory;
import io.atende.team.WebappSession;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;
import io.atende.ticket.TicketProcess;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15, the backlog over time: three days no other test uses (Monday 2025-04-07 to Wednesday 2025-04-09). On
 * Tuesday four Protheus tickets open; one gets a solution proposal, one a question for the customer, one is
 * transferred to RM; on Wednesday the customer answers. Other tests' tickets are in the same database, so the
 * figures checked are each day's backlog minus Monday's, worked out by hand; then the days are rolled up and the
 * page reads the same figures from {@code ticket_queue_day}.
 */
@AtendeIntegrationTest
class QueueHistoryIntegrationTests {

    static final String PERIOD = "?de=2025-04-07&ate=2025-04-09";
    /** Columns after Dia and Equipe: ABERTO, EM_ANALISE, AGUARDANDO_CLIENTE, EM_MANUTENCAO, RESOLVIDO, Total. */
    static final int COLUMNS = 6;

    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired ProcessEngine engine;
    @Autowired QueueHistory history;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate rest;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("Issue 15: each day's backlog per team and status, read live and from the rolled-up days alike")
    void backlogAtTheEndOfEachDay() {
        var ana = customers.byEmail(ANA).orElseThrow();
        ClockUtil.setCurrentTime(Date.from(brasilia("2025-04-08T10:00")));
        Ticket waiting = desk.open(ana, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        Ticket solved = desk.open(ana, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        Ticket transferred = desk.open(ana, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        desk.open(ana, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        ClockUtil.setCurrentTime(Date.from(brasilia("2025-04-08T10:30")));
        complete(solved, Map.of(TicketProcess.VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(),
                TicketProcess.VAR_SOLUTION.name(), "Aplique o pacote."));
        complete(waiting, Map.of(TicketProcess.VAR_OUTCOME.name(), AnalysisOutcome.REQUEST_INFORMATION.name(),
                TicketProcess.VAR_QUESTION.name(), "Qual é a versão?"));
        complete(transferred, Map.of(TicketProcess.VAR_OUTCOME.name(), AnalysisOutcome.TRANSFER.name(),
                TicketProcess.VAR_TRANSFER_TO.name(), "suporte-rm", TicketProcess.VAR_TRANSFER_REASON.name(), "A rotina é do RM."));
        ClockUtil.setCurrentTime(Date.from(brasilia("2025-04-09T11:00")));
        desk.reply(ana, waiting.number().toString(), "A versão é 12.1.2410.");
        ClockUtil.reset();

        Map<String, long[]> live = rows(page("lider-suporte-protheus"));
        // ABERTO, EM_ANALISE, AGUARDANDO_CLIENTE, EM_MANUTENCAO, RESOLVIDO, Total — minus Monday's
        assertThat(since(live, "2025-04-08", "suporte-protheus")).containsExactly(1, 0, 1, 0, 1, 3);
        assertThat(since(live, "2025-04-09", "suporte-protheus")).containsExactly(2, 0, 0, 0, 1, 3);
        assertThat(live.keySet()).as("a lead reads their team only").allMatch(k -> k.endsWith("suporte-protheus"));
        Map<String, long[]> all = rows(page("demo"));
        assertThat(since(all, "2025-04-08", "suporte-rm")).containsExactly(1, 0, 0, 0, 0, 1);
        assertThat(since(all, "2025-04-09", "suporte-rm")).containsExactly(1, 0, 0, 0, 0, 1);
        Document html = Jsoup.parse(get("/equipe/painel" + PERIOD, "demo"));
        assertThat(html.getElementById("grafico-fila").attr("data-rotulos"))
                .isEqualTo("[\"2025-04-07\",\"2025-04-08\",\"2025-04-09\"]");
        assertThat(html.getElementById("grafico-fila").attr("data-series")).contains("{\"label\":\"suporte-rm\",\"data\":[");

        while (history.rollUp() > 0) {
            // every finished day up to yesterday (the first days of the suite's tickets onwards)
        }
        assertThat(history.rollUp()).as("a second run finds nothing to do").isZero();
        LocalDate rolled = jdbc.queryForObject("select rolled_through from ticket_queue_rollup", LocalDate.class);
        assertThat(rolled).isAfter(LocalDate.parse("2025-04-09"));
        assertThat(jdbc.queryForList("select concat(status, ' ', delta) from ticket_queue_day where on_day = date '2025-04-09' "
                + "and team = 'suporte-protheus' order by status", String.class))
                .containsExactly("ABERTO 1", "AGUARDANDO_CLIENTE -1");
        Map<String, long[]> rolledUp = rows(page("demo"));
        assertThat(rolledUp.keySet()).isEqualTo(all.keySet());
        all.forEach((key, counts) -> assertThat(rolledUp.get(key)).as(key).containsExactly(counts));
    }

    private void complete(Ticket ticket, Map<String, Object> variables) {
        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket.number().toString())
                .singleResult().getId();
        engine.getTaskService().complete(task, variables);
    }

    private String page(String user) {
        return get("/equipe/painel" + PERIOD, user);
    }

    private String get(String path, String user) {
        HttpHeaders session = WebappSession.signedInToTasklist(rest, user);
        var response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(session), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    /** The daily table's rows by "day team", the counts as numbers. */
    private static Map<String, long[]> rows(String page) {
        Map<String, long[]> rows = new HashMap<>();
        for (var tr : Jsoup.parse(page).select("#tabela-fila-diaria tbody tr")) {
            List<String> cells = tr.select("td").eachText();
            long[] counts = new long[COLUMNS];
            for (int i = 0; i < COLUMNS; i++) {
                counts[i] = Long.parseLong(cells.get(i + 2));
            }
            rows.put(cells.get(0) + " " + cells.get(1), counts);
        }
        return rows;
    }

    /** A day's counts of a team minus Monday's. */
    private static long[] since(Map<String, long[]> rows, String day, String team) {
        long[] monday = rows.getOrDefault("2025-04-07 " + team, new long[COLUMNS]);
        long[] then = rows.get(day + " " + team);
        assertThat(then).as(day + " " + team).isNotNull();
        long[] diff = new long[COLUMNS];
        for (int i = 0; i < COLUMNS; i++) {
            diff[i] = then[i] - monday[i];
        }
        return diff;
    }
}
