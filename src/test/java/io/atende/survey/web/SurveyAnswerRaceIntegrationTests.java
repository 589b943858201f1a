package io.atende.survey.web;

import static io.atende.ticket.TicketFixtures.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.survey.SurveyFixtures;
import io.atende.ticket.TicketDesk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R21 under contention (issue 24, part 5): 30 answers to one survey at once. One wins (200); every other is told the
 * survey was already answered (409), never a 500; the survey keeps the winner's answer and its process ends once.
 */
@AtendeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SurveyAnswerRaceIntegrationTests {

    static final int ANSWERS = 30;

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired TicketDesk tickets;
    @Autowired CustomerDirectory customers;
    @Autowired JdbcTemplate jdbc;

    @Test
    @DisplayName("R21: 30 parallel answers to one survey: one 200, 29 × 409 'já foi respondida', no ERROR")
    void oneWinnerTheRestConflict(CapturedOutput output) throws Exception {
        var ticket = SurveyFixtures.closedTicket(engine, tickets, customers.byEmail(ANA).orElseThrow());
        String number = ticket.number().toString();
        long value = ticket.number().value();
        String path = "/api/tickets/" + number + "/survey";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        send(client, "GET", path, null); // the password checked once, as a client that signed in

        ExecutorService threads = Executors.newFixedThreadPool(ANSWERS);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < ANSWERS; i++) {
                String answer = i % 2 == 0 ? "BOM" : "RUIM";
                calls.add(() -> send(client, "POST", path, "{\"answer\":\"" + answer + "\"}"));
            }
            for (Future<HttpResponse<String>> f : threads.invokeAll(calls, 120, TimeUnit.SECONDS)) {
                answers.add(f.get());
            }
        } finally {
            threads.shutdownNow();
        }

        Map<Integer, Integer> statuses = new TreeMap<>();
        answers.forEach(r -> statuses.merge(r.statusCode(), 1, Integer::sum));
        assertThat(statuses).isEqualTo(Map.of(200, 1, 409, ANSWERS - 1));
        answers.stream().filter(r -> r.statusCode() == 409)
                .forEach(r -> assertThat(r.body()).contains("já foi respondida"));
        String winner = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().body();
        String stored = jdbc.queryForObject("select answer from satisfaction_survey where subject_kind = 'TICKET' and subject_number = ?",
                String.class, value);
        assertThat(winner).contains("\"answer\":\"" + stored + "\"");
        // the answer reached the survey's process once: one instance, past its wait for the answer
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("answer")
                .processInstanceIdIn(engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey("ticket-" + value).singleResult().getId()).singleResult().getValue())
                .isEqualTo(stored);
        assertThat(output.getAll().lines().filter(l -> l.contains(" ERROR ")).toList()).as("ERROR lines").isEmpty();
    }

    private HttpResponse<String> send(HttpClient client, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ANA + ":demo")
                        .getBytes(StandardCharsets.UTF_8)));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
