package io.atende.team;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Tickets offered to teams in the tiny test process, and the REST calls the tests make. */
final class TeamFixtures {

    static final String PROCESS_KEY = "team-test-process";
    static final String PROTHEUS = "suporte-protheus";
    static final String RM = "suporte-rm";
    static final String CARLA = "agente-suporte-protheus";
    static final String RM_AGENT = "agente-suporte-rm";
    static final String PASSWORD = "demo";

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST_OF_OBJECTS =
            new ParameterizedTypeReference<>() { };

    private TeamFixtures() {
    }

    /** Starts a ticket offered to {@code team} (as the engine itself, no user) and returns its task id. */
    static String offerTicket(ProcessEngine engine, String team, Duration dueIn) {
        return offerTicket(engine, team, Instant.now().plus(dueIn));
    }

    /** Starts a ticket offered to {@code team}, due at {@code due}, and returns its task id. */
    static String offerTicket(ProcessEngine engine, String team, Instant due) {
        engine.getIdentityService().clearAuthentication();
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count() == 0) {
            engine.getRepositoryService().createDeployment()
                    .name(PROCESS_KEY)
                    .addClasspathResource("team-test-process.bpmn")
                    .addClasspathResource("team-test-form.form")
                    .deploy();
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("team", team);
        variables.put("dueDate", Date.from(due));
        variables.put("ticketNumber", "2026-" + System.nanoTime() % 100000);
        variables.put("ticketSubject", "Nota fiscal não transmite");
        variables.put("ticketPriority", "Alta");
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, variables);
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    }

    static List<String> ids(ResponseEntity<List<Map<String, Object>>> response) {
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("Expected a list but got " + response.getStatusCode() + " " + response.getHeaders());
        }
        return response.getBody().stream().map(item -> (String) item.get("id")).toList();
    }

    static ResponseEntity<List<Map<String, Object>>> getList(TestRestTemplate rest, String user, String url) {
        return rest.withBasicAuth(user, PASSWORD).exchange(url, HttpMethod.GET, null, LIST_OF_OBJECTS);
    }

    static ResponseEntity<List<Map<String, Object>>> postList(TestRestTemplate rest, String user, String url,
            Object body, Object... uriVariables) {
        return rest.withBasicAuth(user, PASSWORD).exchange(url, HttpMethod.POST, new HttpEntity<>(body),
                LIST_OF_OBJECTS, uriVariables);
    }
}
