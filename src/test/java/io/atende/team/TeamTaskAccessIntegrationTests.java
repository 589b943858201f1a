package io.atende.team;

import static io.atende.team.TeamFixtures.CARLA;
import static io.atende.team.TeamFixtures.PASSWORD;
import static io.atende.team.TeamFixtures.PROTHEUS;
import static io.atende.team.TeamFixtures.RM;
import static io.atende.team.TeamFixtures.RM_AGENT;
import static io.atende.team.TeamFixtures.getList;
import static io.atende.team.TeamFixtures.ids;
import static io.atende.team.TeamFixtures.offerTicket;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@TeamIntegrationTest
class TeamTaskAccessIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessEngine engine;

    @Test
    void showsAnAgentTheTasksOfItsTeamOnly() {
        String protheusTask = offerTicket(engine, PROTHEUS, Duration.ofDays(2));
        String rmTask = offerTicket(engine, RM, Duration.ofDays(2));

        assertThat(ids(getList(rest, CARLA, "/engine-rest/task"))).contains(protheusTask).doesNotContain(rmTask);
        assertThat(ids(getList(rest, RM_AGENT, "/engine-rest/task"))).contains(rmTask).doesNotContain(protheusTask);
        assertThat(ids(getList(rest, "demo", "/engine-rest/task"))).contains(protheusTask, rmTask);
    }

    @Test
    void letsAnAgentClaimAndCompleteATaskOfItsTeam() {
        String task = offerTicket(engine, PROTHEUS, Duration.ofDays(2));

        ResponseEntity<String> claim = asCarla().postForEntity("/engine-rest/task/{id}/claim",
                Map.of("userId", CARLA), String.class, task);
        assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(CARLA);

        ResponseEntity<String> complete = asCarla().postForEntity("/engine-rest/task/{id}/complete",
                Map.of("variables", Map.of()), String.class, task);
        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isZero();
    }

    @Test
    void refusesAnAgentToClaimAnotherTeamsTask() {
        String rmTask = offerTicket(engine, RM, Duration.ofDays(2));

        ResponseEntity<String> claim = asCarla().postForEntity("/engine-rest/task/{id}/claim",
                Map.of("userId", CARLA), String.class, rmTask);

        assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engine.getTaskService().createTaskQuery().taskId(rmTask).singleResult().getAssignee()).isNull();
    }

    @Test
    void servesTheDeployedFormAndVariablesOfOwnTeamTasksOnly() {
        String protheusTask = offerTicket(engine, PROTHEUS, Duration.ofDays(2));
        String rmTask = offerTicket(engine, RM, Duration.ofDays(2));

        ResponseEntity<String> form = asCarla().getForEntity("/engine-rest/task/{id}/deployed-form", String.class, protheusTask);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("team-test-form");

        ResponseEntity<String> variables = asCarla().getForEntity("/engine-rest/task/{id}/form-variables", String.class, protheusTask);
        assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(variables.getBody()).contains("ticketSubject", "ticketNumber");

        assertThat(asCarla().getForEntity("/engine-rest/task/{id}/deployed-form", String.class, rmTask).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(asCarla().getForEntity("/engine-rest/task/{id}/variables", String.class, rmTask).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void grantsAgentsTasklistAndTheTicketProcessDefinitionsButNotCockpit() {
        AuthorizationService authorizations = engine.getAuthorizationService();
        List<String> groups = List.of(PROTHEUS);

        assertThat(authorizations.isUserAuthorized(CARLA, groups, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
        assertThat(authorizations.isUserAuthorized(CARLA, groups, Permissions.READ, Resources.PROCESS_DEFINITION, "ticket-lifecycle")).isTrue();
        assertThat(authorizations.isUserAuthorized(CARLA, groups, Permissions.READ, Resources.PROCESS_DEFINITION, "ouvidoria")).isTrue();
        assertThat(authorizations.isUserAuthorized(CARLA, groups, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    }

    @Test
    void letsAnAgentReadTheDeployedTicketLifecycleButNoOtherDefinition() {
        offerTicket(engine, PROTHEUS, Duration.ofDays(2));

        assertThat(asCarla().getForEntity("/engine-rest/process-definition/key/ticket-lifecycle", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asCarla().getForEntity("/engine-rest/process-definition/key/" + TeamFixtures.PROCESS_KEY, String.class)
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    private TestRestTemplate asCarla() {
        return rest.withBasicAuth(CARLA, PASSWORD);
    }
}
