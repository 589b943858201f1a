package io.atende.platform;

import static io.atende.ticket.TicketFixtures.ANA;
import static io.atende.ticket.TicketFixtures.supportDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.ouvidoria.OuvidoriaCase;
import io.atende.ouvidoria.OuvidoriaDesk;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Tickets;
import io.atende.ticket.Urgency;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
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
 * The engine keeps a string variable in 4,000 characters: any longer text set on a task or process
 * is refused, in Portuguese, when it is set — for fields no listener checks (a transfer reason, an
 * Ouvidoria response, a field a process owner adds) — and nothing of the refused action is written.
 */
@AtendeIntegrationTest
class StringVariableLimitIntegrationTests {

    static final String AGENT = "agente-suporte-protheus";

    @Autowired TestRestTemplate http;
    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired Tickets tickets;
    @Autowired CustomerDirectory customers;
    @Autowired OuvidoriaDesk ouvidoria;

    @Test
    void aTransferReasonLongerThanTheEngineKeepsIsRefusedThroughTheRestApiAndTheTicketStaysWithTheTeam() {
        Ticket ticket = desk.open(ana(), supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        Task task = taskOf(ticket.number().toString());

        ResponseEntity<JsonNode> refused = complete(task.getId(), Map.of("outcome", Map.of("value", "TRANSFER"),
                "transferTo", Map.of("value", "suporte-rm"), "transferReason", Map.of("value", "x".repeat(4001))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText())
                .contains("O campo 'transferReason' tem 4.001 caracteres; o limite é 4.000. Resuma o texto.");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "transferReason")).isNull();
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "outcome")).isNull();
        assertThat(tickets.findById(ticket.getId()).orElseThrow().getTeam()).isEqualTo("suporte-protheus");

        ResponseEntity<JsonNode> accepted = complete(task.getId(), Map.of("outcome", Map.of("value", "TRANSFER"),
                "transferTo", Map.of("value", "suporte-rm"), "transferReason", Map.of("value", "x".repeat(4000))));
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tickets.findById(ticket.getId()).orElseThrow().getTeam()).isEqualTo("suporte-rm");
    }

    @Test
    void anOuvidoriaResponseLongerThanTheEngineKeepsIsRefusedAndTheCaseWaitsForIt() {
        Customer ana = ana();
        Ticket earlier = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        OuvidoriaCase c = ouvidoria.open(ana, List.of(earlier.number().toString()), "O problema se repete há semanas.");
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(c.number().toString())
                .singleResult();

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of("response", "y".repeat(5000))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("O campo 'response' tem 5.000 caracteres; o limite é 4.000. Resuma o texto.");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "response")).isNull();
    }

    @Test
    void aStringVariableOfExactlyTheLimitIsKeptWhole() {
        Ticket ticket = desk.open(ana(), supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        Task task = taskOf(ticket.number().toString());
        String text = "ação ".repeat(800); // 4,000 characters, accented

        engine.getTaskService().setVariable(task.getId(), "internalNote", text);

        assertThat(engine.getTaskService().getVariable(task.getId(), "internalNote")).isEqualTo(text);
    }

    private Customer ana() {
        return customers.byEmail(ANA).orElseThrow();
    }

    private Task taskOf(String businessKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
    }

    private ResponseEntity<JsonNode> complete(String taskId, Map<String, Object> variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(AGENT, "demo").exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variables), headers), JsonNode.class);
    }
}
