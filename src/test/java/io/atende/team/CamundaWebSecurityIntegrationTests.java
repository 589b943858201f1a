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
}
