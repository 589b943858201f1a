package io.atende.team;

import static io.atende.team.TeamFixtures.CARLA;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Logs into the Camunda webapps the way the browser does: session cookie plus Camunda's CSRF token. */
@TeamIntegrationTest
class TasklistLoginIntegrationTests {

    TestRestTemplate rest;

    @Autowired
    void noRedirects(TestRestTemplate rest) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @Test
    void letsAnAgentLogIntoTasklistAndSeeItsFilters() {
        HttpHeaders session = WebappSession.signedInToTasklist(rest, CARLA);

        ResponseEntity<String> filters = rest.exchange("/camunda/api/engine/engine/default/filter?resourceType=Task",
                HttpMethod.GET, new HttpEntity<>(session), String.class);
        assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(filters.getBody()).contains(TasklistFilters.MY_TEAM, "Equipe Suporte Protheus")
                .doesNotContain("Equipe Suporte RM");
    }

    @Test
    void refusesAnAgentTheCockpit() {
        HttpHeaders session = WebappSession.open(rest);

        assertThat(WebappSession.login(rest, session, "cockpit", CARLA).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void letsTheProcessOwnerIntoCockpit() {
        HttpHeaders session = WebappSession.open(rest);

        assertThat(WebappSession.login(rest, session, "cockpit", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
