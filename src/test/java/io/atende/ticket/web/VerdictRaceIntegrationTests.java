package io.atende.ticket.web;

import io.atende.ticket.AnalysisOutcome;
import static io.atende.ticket.TicketFixtures.*;
import static io.atende.ticket.TicketProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.HistoryKind;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketStatus;
import io.atende.ticket.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 12, R18: concurrent verdicts on one proposal end with one winner and 409s, never a 500. */
@AtendeIntegrationTest
class VerdictRaceIntegrationTests {

    static final int REQUESTS = 50;

    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    Customer ana;

    @BeforeEach
    void setUp() {
        init(engine);
        ana = customers.byEmail(ANA).orElseThrow();
        http.withBasicAuth(ANA, "demo").getForEntity("/api/tickets", String.class); // password verified once
    }

    @Test
    @DisplayName("50 concurrent acceptances: one 200, 49 × 409 'já foi aceita', the ticket closed once")
    void concurrentAcceptances() throws Exception {
        Ticket ticket = resolvedTicket();
        Map<Integer, Integer> statuses = race(ticket, i -> "acceptance");

        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(200, 1, 409, REQUESTS - 1));
        assertThat(desk.find(ana, ticket.getId().toString()).getStatus()).isEqualTo(TicketStatus.FECHADO);
        assertThat(desk.history(ana, ticket.getId().toString())).filteredOn(h -> h.kind() == HistoryKind.ACCEPTED).hasSize(1);
    }

    @Test
    @DisplayName("50 concurrent contests: one 200, 49 × 409 'já foi contestada', one contest recorded")
    void concurrentContests() throws Exception {
        Ticket ticket = resolvedTicket();
        Map<Integer, Integer> statuses = race(ticket, i -> "contestation");

        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(200, 1, 409, REQUESTS - 1));
        assertThat(desk.find(ana, ticket.getId().toString()).getStatus()).isEqualTo(TicketStatus.ABERTO);
        assertThat(desk.history(ana, ticket.getId().toString())).filteredOn(h -> h.kind() == HistoryKind.CONTESTED).hasSize(1);
    }

    @Test
    @DisplayName("25 acceptances and 25 contests at once: one of them wins, the others 409, ticket and process agree")
    void mixedVerdicts() throws Exception {
        Ticket ticket = resolvedTicket();
        Map<Integer, Integer> statuses = race(ticket, i -> i % 2 == 0 ? "acceptance" : "contestation");

        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(200, 1, 409, REQUESTS - 1));
        TicketStatus status = desk.find(ana, ticket.getId().toString()).getStatus();
        assertThat(status).isIn(TicketStatus.FECHADO, TicketStatus.ABERTO);
        long verdicts = desk.history(ana, ticket.getId().toString()).stream()
                .filter(h -> h.kind() == HistoryKind.ACCEPTED || h.kind() == HistoryKind.CONTESTED).count();
        assertThat(verdicts).isEqualTo(1);
    }

    @Test
    @DisplayName("A verdict that waits 3 s for the ticket's row lock (H2 gave up after 2 s: a 500) waits and wins")
    void verdictWaitsForTheRowLock() throws Exception {
        Ticket ticket = resolvedTicket();
        CountDownLatch locked = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<?> held = holder.submit(() -> transactions.executeWithoutResult(status -> {
                jdbc.queryForList("select id from ticket where id = ? for update", ticket.getId());
                locked.countDown();
                try {
                    Thread.sleep(3000); // holds the row as a slow request would, not a wait for the system under test
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            ResponseEntity<String> answer = http.withBasicAuth(ANA, "demo").postForEntity(
                    "/api/tickets/" + ticket.getId() + "/acceptance", Map.of(), String.class);
            held.get(10, TimeUnit.SECONDS);

            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
            assertThat(desk.find(ana, ticket.getId().toString()).getStatus()).isEqualTo(TicketStatus.FECHADO);
        } finally {
            holder.shutdown();
        }
    }

    private Map<Integer, Integer> race(Ticket ticket, java.util.function.IntFunction<String> verdict) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        Map<Integer, Integer> statuses = new TreeMap<>();
        try {
            List<Callable<ResponseEntity<String>>> calls = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String path = "/api/tickets/" + ticket.getId() + "/" + verdict.apply(i);
                calls.add(() -> http.withBasicAuth(ANA, "demo").postForEntity(path, Map.of("reason", "Não resolveu."),
                        String.class));
            }
            for (Future<ResponseEntity<String>> answer : pool.invokeAll(calls)) {
                ResponseEntity<String> response = answer.get();
                statuses.merge(response.getStatusCode().value(), 1, Integer::sum);
                if (response.getStatusCode().value() == 409) {
                    assertThat(response.getBody()).containsAnyOf("já foi aceita", "já foi contestada");
                }
            }
        } finally {
            pool.shutdown();
        }
        return statuses;
    }

    private Ticket resolvedTicket() {
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        complete(task(processInstanceQuery().processInstanceBusinessKey(ticket.getId().toString()).singleResult()),
                withVariables(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(), "Aplique o pacote."));
        return ticket;
    }
}
