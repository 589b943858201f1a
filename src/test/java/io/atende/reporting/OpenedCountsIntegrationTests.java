package io.atende.reporting;

import io.atende.ticket.AnalysisOutcome;
import static io.atende.ticket.TicketFixtures.ANA;
import static io.atende.ticket.TicketFixtures.brasilia;
import static io.atende.ticket.TicketFixtures.supportDraft;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.team.WebappSession;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;
import io.atende.ticket.TicketProcess;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
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
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15, long periods: closed tickets are counted once per opening day, and the dashboard's tables by opening date
 * read the same figures before and after. One day no other test uses (Tuesday 2025-05-06): three Protheus tickets,
 * one answered and closed within the hour, one answered in two hours and closed, one still open.
 */
@AtendeIntegrationTest
class OpenedCountsIntegrationTests {

    static final String DAY = "?de=2025-05-06&ate=2025-05-06";
    static final List<String> TABLES = List.of("sla", "resposta", "canal", "produto", "transferencias");

    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired ProcessEngine engine;
    @Autowired OpenedCounts counts;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate rest;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R20/R16: a day's tables read the same once its closed tickets are counted per opening day")
    void closedTicketsCountedPerOpeningDay() {
        var ana = customers.byEmail(ANA).orElseThrow();
        at("2025-05-06T09:00");
        Ticket quick = desk.open(ana, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        Ticket slow = desk.open(ana, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        Ticket open = desk.open(ana, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        at("2025-05-06T09:30");
        propose(quick);
        desk.accept(ana, quick.number().toString());
        at("2025-05-06T11:00");
        propose(slow);
        desk.accept(ana, slow.number().toString());
        ClockUtil.reset();
        assertThat(status(quick)).isEqualTo("FECHADO");
        assertThat(status(slow)).isEqualTo("FECHADO");

        Map<String, List<String>> before = tables();
        assertThat(before.get("sla")).containsExactly("suporte-protheus URGENTE 3 3 0 100,0 %");
        assertThat(before.get("resposta")).containsExactly("suporte-protheus 1 1 0 0 0 1");
        assertThat(before.get("canal")).containsExactly("PORTAL 3");
        assertThat(before.get("produto")).containsExactly("PROTHEUS 3");
        assertThat(before.get("transferencias")).containsExactly("suporte-protheus 3 0 100,0 %");

        assertThat(counts.rollUp()).isGreaterThanOrEqualTo(2);
        assertThat(counts.rollUp()).as("counted once").isZero();
        assertThat(counted(quick)).isTrue();
        assertThat(counted(slow)).isTrue();
        assertThat(counted(open)).as("an open ticket may still change").isFalse();
        assertThat(jdbc.queryForObject("select concat(tickets, ' ', answered_1h, ' ', answered_4h, ' ', unanswered) "
                + "from ticket_opened_day where on_day = date '2025-05-06' and team = 'suporte-protheus'", String.class))
                .isEqualTo("2 1 1 0");
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    @DisplayName("The first-answer buckets of the counts use the live query's limits (at most 1, 4, 8, 24 h)")
    void bucketLimits() {
        Instant opened = Instant.parse("2025-05-06T12:00:00Z");
        assertThat(OpenedCounts.bucket(opened, opened.plusSeconds(3600))).isZero();
        assertThat(OpenedCounts.bucket(opened, opened.plusSeconds(3601))).isEqualTo(1);
        assertThat(OpenedCounts.bucket(opened, opened.plusSeconds(4 * 3600))).isEqualTo(1);
        assertThat(OpenedCounts.bucket(opened, opened.plusSeconds(8 * 3600))).isEqualTo(2);
        assertThat(OpenedCounts.bucket(opened, opened.plusSeconds(24 * 3600))).isEqualTo(3);
        assertThat(OpenedCounts.bucket(opened, opened.plusSeconds(24 * 3600 + 1))).isEqualTo(4);
        assertThat(OpenedCounts.bucket(opened, null)).isEqualTo(5);
    }

    private static void at(String brasilia) {
        ClockUtil.setCurrentTime(Date.from(brasilia(brasilia)));
    }

    private void propose(Ticket ticket) {
        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket.number().toString())
                .singleResult().getId();
        engine.getTaskService().complete(task, Map.of(TicketProcess.VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(),
                TicketProcess.VAR_SOLUTION.name(), "Aplique o pacote."));
    }

    private String status(Ticket ticket) {
        return jdbc.queryForObject("select status from ticket where id = ?", String.class, ticket.getId());
    }

    private boolean counted(Ticket ticket) {
        return jdbc.queryForObject("select counted from ticket where id = ?", Boolean.class, ticket.getId());
    }

    /** The process administrator's tables by opening date, each as its rows' text. */
    private Map<String, List<String>> tables() {
        var response = rest.exchange("/equipe/painel" + DAY, HttpMethod.GET,
                new HttpEntity<>(WebappSession.signedInToTasklist(rest, "demo")), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        Document html = Jsoup.parse(response.getBody());
        Map<String, List<String>> tables = new LinkedHashMap<>();
        TABLES.forEach(id -> tables.put(id, html.select("#tabela-" + id + " tbody tr").eachText()));
        return tables;
    }
}
