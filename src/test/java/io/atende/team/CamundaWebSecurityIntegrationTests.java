package io.atende.team;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@TeamIntegrationTest
class CamundaWebSecurityIntegrationTests {

    TestRestTemplate rest;

    @Autowired
    void noRedirects(TestRestTemplate rest) {
        // a redirect to a login page must show up as such, not as the 200 of the page it leads to
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @Test
    void refusesEngineRestWithoutCredentials() {
        ResponseEntity<String> response = rest.getForEntity("/engine-rest/task", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void refusesEngineRestWithWrongPassword() {
        // not demo: Camunda delays the next login of a user after a wrong password
        ResponseEntity<String> response = rest.withBasicAuth("agente-cloud", "wrong").getForEntity("/engine-rest/task", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void refusesEngineRestToUnknownUser() {
        ResponseEntity<String> response = rest.withBasicAuth("ninguem", "demo").getForEntity("/engine-rest/task", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void answersEngineRestToTheAdministrator() {
        ResponseEntity<String> response = rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/task", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void acceptsEngineRestPostsWithoutSpringCsrfToken() {
        ResponseEntity<String> response = rest.withBasicAuth("demo", "demo")
                .postForEntity("/engine-rest/task/count", java.util.Map.of(), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void showsTheCamundaTasklistPageToAnonymousVisitorsWithoutSpringLogin() {
        ResponseEntity<String> redirect = rest.getForEntity("/camunda/app/tasklist/", String.class);
        assertThat(redirect.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(redirect.getHeaders().getLocation()).hasPath("/camunda/app/tasklist/default/");

        ResponseEntity<String> page = rest.getForEntity(redirect.getHeaders().getLocation(), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Camunda Tasklist").doesNotContain("Please sign in");
    }

    @Test
    void leavesWebappApiToCamundaWhichRefusesAnonymousCalls() {
        ResponseEntity<String> response = rest.getForEntity("/camunda/api/engine/engine/default/task", String.class);

        assertThat(response.getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    }

    @Test
    void opensNoPathOutsideTheCamundaOnes() {
        ResponseEntity<String> response = rest.getForEntity("/actuator/metrics", String.class);

        assertThat(response.getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    }

    @Test
    @org.junit.jupiter.api.DisplayName("Issue 12: a team member reads no engine statistics (every team's counts), through either API; Cockpit users do")
    void statisticsAreCockpits() {
        for (String path : new String[] {"/process-definition/statistics", "/process-definition/key/ticket-lifecycle/statistics",
                "/deployment/statistics", "/history/task/report?reportType=count&groupBy=processDefinition"}) {
            ResponseEntity<String> agent = rest.withBasicAuth("agente-suporte-protheus", "demo")
                    .getForEntity("/engine-rest" + path, String.class);
            assertThat(agent.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(agent.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(agent.getBody()).contains("Cockpit").doesNotContain("ticket-lifecycle:");
        }
        assertThat(rest.withBasicAuth("demo", "demo").getForEntity("/engine-rest/process-definition/statistics",
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        // what Tasklist needs stays open: the definitions' names and the team's tasks
        assertThat(rest.withBasicAuth("agente-suporte-protheus", "demo").getForEntity(
                "/engine-rest/process-definition?key=ticket-lifecycle", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("agente-suporte-protheus", "demo").getForEntity("/engine-rest/task",
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        HttpHeaders session = WebappSession.signedInToTasklist(rest, "agente-suporte-protheus");
        ResponseEntity<String> webapp = rest.exchange("/camunda/api/engine/engine/default/process-definition/statistics",
                org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(session), String.class);
        assertThat(webapp.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> tasks = rest.exchange("/camunda/api/engine/engine/default/task",
                org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(session), String.class);
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
