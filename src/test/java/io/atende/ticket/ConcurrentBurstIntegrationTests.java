package io.atende.ticket;

import static io.atende.ticket.TicketFixtures.ANA;
import static io.atende.ticket.TicketFixtures.CARLA;
import static io.atende.ticket.TicketFixtures.JOAO;
import static io.atende.ticket.TicketFixtures.PEDRO;
import static io.atende.ticket.TicketFixtures.ROBERTO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.atende.AtendeIntegrationTest;
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
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 24, part 4: a burst of API requests, many times more than the pool has connections, over real HTTP with
 * HTTP Basic (the sign-in's throttle and password checks included). Every opening is answered 201 (a Prime company's
 * acknowledgement searches the knowledge base for articles), every reply 200, nothing is lost, and nothing is logged
 * at ERROR. Before, a request that held one connection while it asked for a second (the articles' search outside the
 * opening's transaction) starved the pool: 500s after Hikari's 30-second timeout.
 */
@AtendeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentBurstIntegrationTests {

    static final int BURST = 200;
    /** Contacts of four companies; João's Aço Forte is Prime (the acknowledgement suggests articles). */
    static final List<String> CONTACTS = List.of(ANA, ROBERTO, JOAO, CARLA, PEDRO);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired DataSource dataSource;

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    final ObjectMapper json = new ObjectMapper();

    @Test
    @DisplayName("Issue 24: 200 parallel openings and then 200 parallel replies are all answered, none lost, no ERROR")
    void burstOfOpeningsAndReplies(CapturedOutput output) throws Exception {
        assertThat(BURST).isGreaterThan(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() * 5);
        String subject = "Rajada " + System.nanoTime();
        for (String contact : CONTACTS) { // each password checked once before the burst, as a client that signed in
            assertThat(send(contact, "GET", "/api/tickets?size=1", null).statusCode()).isEqualTo(200);
        }

        List<HttpResponse<String>> openings = burst(i -> send(CONTACTS.get(i % CONTACTS.size()), "POST", "/api/tickets",
                Map.of("type", "SUPORTE", "product", "PROTHEUS", "routine", "MATA410", "version", "12.1.2410",
                        "environment", "PRODUCAO", "subject", subject + " " + i, "description",
                        "Erro ao gerar a nota fiscal (rajada " + i + ").", "impact", "MEDIO", "urgency", "MEDIA")));
        assertThat(statuses(openings)).as("statuses of %d parallel openings", BURST).isEqualTo(Map.of(201, BURST));
        List<String> numbers = new ArrayList<>();
        for (HttpResponse<String> r : openings) {
            numbers.add(json.readTree(r.body()).get("number").asText());
        }
        assertThat(jdbc.queryForObject("select count(*) from ticket where subject like ?", Long.class, subject + " %"))
                .as("tickets in the database").isEqualTo((long) BURST);
        for (String number : numbers) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count())
                    .as("process instance of ticket %s", number).isEqualTo(1);
        }

        // four replies to each of 50 of the new tickets, all at once: each ticket's replies wait on its row lock
        List<HttpResponse<String>> replies = burst(i -> {
            int t = i % 50;
            return send(CONTACTS.get(t % CONTACTS.size()), "POST", "/api/tickets/" + numbers.get(t) + "/replies",
                    Map.of("text", "Complemento " + i + " da rajada."));
        });
        assertThat(statuses(replies)).as("statuses of %d parallel replies", BURST).isEqualTo(Map.of(200, BURST));
        for (int t = 0; t < 50; t++) {
            JsonNode history = json.readTree(send(CONTACTS.get(t % CONTACTS.size()), "GET",
                    "/api/tickets/" + numbers.get(t) + "/history", null).body());
            long kept = 0;
            for (JsonNode item : history) {
                kept += item.toString().contains("da rajada.") ? 1 : 0;
            }
            assertThat(kept).as("replies kept on ticket %s", numbers.get(t)).isEqualTo(4);
        }
        assertThat(output.getAll().lines().filter(l -> l.contains(" ERROR ")).toList()).as("ERROR lines").isEmpty();
    }

    interface Call {
        HttpResponse<String> send(int i) throws Exception;
    }

    private List<HttpResponse<String>> burst(Call call) throws Exception {
        long started = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(BURST);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                int n = i;
                calls.add(() -> call.send(n));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : threads.invokeAll(calls, 180, TimeUnit.SECONDS)) {
                responses.add(f.get());
            }
            System.out.printf("Burst of %d requests answered in %d ms%n", BURST, (System.nanoTime() - started) / 1_000_000);
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Map<Integer, Integer> statuses(List<HttpResponse<String>> responses) {
        Map<Integer, Integer> counts = new TreeMap<>();
        responses.forEach(r -> counts.merge(r.statusCode(), 1, Integer::sum));
        return counts;
    }

    private HttpResponse<String> send(String user, String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
