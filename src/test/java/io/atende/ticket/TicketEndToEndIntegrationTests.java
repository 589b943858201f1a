package io.atende.ticket;

import static io.atende.ticket.TicketFixtures.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.atende.AtendeIntegrationTest;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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

/**
 * R16–R18 through the real front doors only: the customer API opens and contests, an agent works
 * the task through Camunda's REST API with their own credentials, the window's timer closes it.
 */
@AtendeIntegrationTest
class TicketEndToEndIntegrationTests {

    static final String AGENT = "agente-suporte-protheus";

    @Autowired TestRestTemplate http;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R18: opened, resolved, contested, resolved again and closed by the contest window's timer")
    void ticketLivesItsWholeLifeThroughTheApis() {
        String number = send(ANA, "demo", HttpMethod.POST, "/api/tickets", Map.of("type", "SUPORTE", "product", "PROTHEUS",
                "subject", "Faturamento falha", "description", "Erro ao gerar a nota.", "impact", "ALTO",
                "urgency", "ALTA")).getBody().get("number").asText();

        proposeSolution(number, "Aplique o pacote 12.1.2410.2.");
        JsonNode resolved = ticket(number);
        assertThat(resolved.get("status").asText()).isEqualTo("RESOLVIDO");
        assertThat(resolved.get("contestDeadline").asText()).endsWith("T23:59:59-03:00");

        ResponseEntity<JsonNode> contested = send(ANA, "demo", HttpMethod.POST, "/api/tickets/" + number + "/contestation",
                Map.of("reason", "Continua falhando."));
        assertThat(contested.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(contested.getBody().get("status").asText()).isEqualTo("ABERTO");

        proposeSolution(number, "Aplique também o pacote 12.1.2410.3.");
        JsonNode resolvedAgain = ticket(number);
        assertThat(resolvedAgain.get("status").asText()).isEqualTo("RESOLVIDO");

        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(resolvedAgain.get("contestDeadline").asText())
                .toInstant().plusSeconds(1)));
        JsonNode timers = send("demo", "demo", HttpMethod.GET, "/engine-rest/job?timers=true&processInstanceId="
                + processInstanceId(number), null).getBody();
        assertThat(timers).hasSize(1);
        assertThat(send("demo", "demo", HttpMethod.POST, "/engine-rest/job/" + timers.get(0).get("id").asText()
                + "/execute", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode closed = ticket(number);
        assertThat(closed.get("status").asText()).isEqualTo("FECHADO");
        assertThat(closed.get("closeReason").asText()).isEqualTo("CONTEST_WINDOW_ENDED");
        ResponseEntity<JsonNode> late = send(ANA, "demo", HttpMethod.POST, "/api/tickets/" + number + "/contestation",
                Map.of("reason", "Voltou a falhar."));
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().get("detail").asText()).contains("acompanhamento");
        JsonNode history = send(ANA, "demo", HttpMethod.GET, "/api/tickets/" + number + "/history", null).getBody();
        assertThat(history.findValuesAsText("kind")).containsSubsequence("OPENED", "SOLUTION_PROPOSED", "CONTESTED",
                "SOLUTION_PROPOSED", "CLOSED");
    }

    private void proposeSolution(String number, String solution) {
        JsonNode tasks = send(AGENT, "demo", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + number,
                null).getBody();
        assertThat(tasks).hasSize(1);
        String taskId = tasks.get(0).get("id").asText();
        ResponseEntity<JsonNode> form = send(AGENT, "demo", HttpMethod.GET, "/engine-rest/task/" + taskId + "/deployed-form", null);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody().get("id").asText()).isEqualTo("analyze-ticket");
        assertThat(send(AGENT, "demo", HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", AGENT))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(ticket(number).get("status").asText()).isEqualTo("EM_ANALISE");
        ResponseEntity<JsonNode> refused = send(AGENT, "demo", HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("outcome", Map.of("value", "PROPOSE_SOLUTION"))));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).contains("proposta de solução");
        ResponseEntity<JsonNode> tooLong = send(AGENT, "demo", HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("outcome", Map.of("value", "PROPOSE_SOLUTION"),
                        "solution", Map.of("value", "x".repeat(4001)))));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody().get("message").asText())
                .contains("O campo 'solution' tem 4.001 caracteres; o limite é 4.000. Resuma o texto.");
        ResponseEntity<JsonNode> completed = send(AGENT, "demo", HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", Map.of("outcome", Map.of("value", "PROPOSE_SOLUTION"), "solution", Map.of("value", solution))));
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private String processInstanceId(String number) {
        return send("demo", "demo", HttpMethod.GET, "/engine-rest/process-instance?businessKey=" + number, null).getBody()
                .get(0).get("id").asText();
    }

    private JsonNode ticket(String number) {
        return send(ANA, "demo", HttpMethod.GET, "/api/tickets/" + number, null).getBody();
    }

    private ResponseEntity<JsonNode> send(String user, String password, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, password).exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
