package io.atende.platform;

import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Issue 12: bad input on the engine REST answers 4xx with a message, never a 500 with an exception's internals. */
@AtendeIntegrationTest
class EngineRestErrorsIntegrationTests {

    @Autowired TestRestTemplate http;
    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;

    @Test
    @DisplayName("Starting the lifecycle by hand, without a body or with {}: 400 saying tickets are opened through the channels; no instance left")
    void startWithoutTicket() {
        long instances = runtimeService.createProcessInstanceQuery().count();
        for (Object body : new Object[] {null, Map.of()}) {
            ResponseEntity<String> response = post("/engine-rest/process-definition/key/ticket-lifecycle/start", body);
            assertThat(response.getStatusCode().value()).isEqualTo(400);
            assertThat(response.getBody()).contains("Abra o ticket").doesNotContain("NullPointerException", "java.");
        }
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    @DisplayName("Claiming a task someone else holds: 409 in Portuguese (was 500)")
    void claimTaken() {
        Ticket ticket = desk.open(customers.byEmail(ANA).orElseThrow(), supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        String task = taskService.createTaskQuery().processInstanceBusinessKey(ticket.getId().toString()).singleResult()
                .getId();
        taskService.claim(task, "agente-suporte-protheus");

        ResponseEntity<String> response = post("/engine-rest/task/" + task + "/claim", Map.of("userId", "demo"));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody()).contains("já foi assumida");
    }

    @Test
    @DisplayName("Unknown task's variables 404; deployment without body, java-serialized variable, malformed JSON as text/plain: 4xx")
    void otherBadInput() {
        assertThat(http.withBasicAuth("demo", "demo").getForEntity("/engine-rest/task/nao-existe/variables", String.class)
                .getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> deployment = post("/engine-rest/deployment/create", null);
        assertThat(deployment.getStatusCode().value()).isBetween(400, 499);
        ResponseEntity<String> serialized = post("/engine-rest/process-definition/key/ticket-lifecycle/start",
                Map.of("variables", Map.of("x", Map.of("value", "rO0ABXQAA2FiYw==", "type", "Object", "valueInfo",
                        Map.of("objectTypeName", "java.lang.String",
                                "serializationDataFormat", "application/x-java-serialized-object")))));
        assertThat(serialized.getStatusCode().value()).as(serialized.getBody()).isBetween(400, 499);
        HttpHeaders text = new HttpHeaders();
        text.setContentType(MediaType.TEXT_PLAIN);
        ResponseEntity<String> malformed = http.withBasicAuth("demo", "demo").exchange("/engine-rest/task/x/complete",
                HttpMethod.POST, new HttpEntity<>("{nao e json", text), String.class);
        assertThat(malformed.getStatusCode().value()).isBetween(400, 499);
        for (ResponseEntity<String> answer : java.util.List.of(deployment, serialized, malformed)) {
            assertThat(answer.getBody() == null ? "" : answer.getBody()).doesNotContain("HTTP Status", "at org.", "at java.");
        }
    }

    @Test
    @DisplayName("Issue 24: deployment/create without any body is 400 for the administrator and 403 for an agent, who "
            + "may not deploy, even with a real BPMN; start without body nor Content-Type is 400; nothing deployed")
    void bodilessCallsAndAgentsDeploying() {
        long deployments = countDeployments();
        ResponseEntity<String> bare = http.withBasicAuth("demo", "demo").exchange("/engine-rest/deployment/create",
                HttpMethod.POST, HttpEntity.EMPTY, String.class);
        assertThat(bare.getStatusCode().value()).as(bare.getBody()).isEqualTo(400);
        assertThat(bare.getBody()).contains("multipart/form-data");

        for (HttpEntity<?> request : java.util.List.of(HttpEntity.EMPTY, deploymentForm())) {
            ResponseEntity<String> agent = http.withBasicAuth("agente-suporte-rm", "demo").exchange(
                    "/engine-rest/deployment/create", HttpMethod.POST, request, String.class);
            assertThat(agent.getStatusCode().value()).as(agent.getBody()).isEqualTo(403);
            assertThat(agent.getBody()).contains("AuthorizationException", "implantar");
        }
        assertThat(countDeployments()).isEqualTo(deployments);

        long instances = runtimeService.createProcessInstanceQuery().count();
        ResponseEntity<String> start = http.withBasicAuth("demo", "demo").exchange(
                "/engine-rest/process-definition/key/ticket-lifecycle/start", HttpMethod.POST, HttpEntity.EMPTY,
                String.class);
        assertThat(start.getStatusCode().value()).as(start.getBody()).isEqualTo(400);
        assertThat(start.getBody()).contains("corpo JSON").doesNotContain("InternalError");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    @DisplayName("Issue 24: malformed JSON on task/{id}/complete is problem+json in Portuguese, not Jackson's text/plain")
    void malformedJsonIsAProblem() {
        ResponseEntity<String> response = http.withBasicAuth("demo", "demo").exchange("/engine-rest/task/x/complete",
                HttpMethod.POST, new HttpEntity<>("{\"variables\": {", jsonHeaders()), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody()).contains("JSON inválido").doesNotContain("Unexpected end-of-input",
                "CompleteTaskDto");
    }

    private long countDeployments() {
        return org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine().getRepositoryService()
                .createDeploymentQuery().count();
    }

    private static HttpEntity<?> deploymentForm() {
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        parts.add("deployment-name", "sonda");
        parts.add("probe.bpmn", new org.springframework.core.io.ByteArrayResource(org.camunda.bpm.model.bpmn.Bpmn
                .convertToString(org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("sonda-agente").startEvent()
                        .endEvent().done()).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "probe.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private ResponseEntity<String> post(String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("demo", "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }
}
