package io.atende.team;

import static io.atende.team.TeamFixtures.CARLA;
import static io.atende.team.TeamFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

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
        HttpHeaders session = openWebappSession();

        ResponseEntity<String> login = login(session, "tasklist");
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        keepCookies(session, login);

        ResponseEntity<String> filters = rest.exchange("/camunda/api/engine/engine/default/filter?resourceType=Task",
                HttpMethod.GET, new HttpEntity<>(session), String.class);
        assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(filters.getBody()).contains(TasklistFilters.MY_TEAM, "Equipe Suporte Protheus")
                .doesNotContain("Equipe Suporte RM");
    }

    @Test
    void refusesAnAgentTheCockpit() {
        HttpHeaders session = openWebappSession();

        assertThat(login(session, "cockpit").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private HttpHeaders openWebappSession() {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        HttpHeaders session = new HttpHeaders();
        session.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        keepCookies(session, page);
        return session;
    }

    @Test
    void letsTheProcessOwnerIntoCockpit() {
        HttpHeaders session = openWebappSession();

        assertThat(login(session, "cockpit", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> login(HttpHeaders session, String app) {
        return login(session, app, CARLA);
    }

    private ResponseEntity<String> login(HttpHeaders session, String app, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(session);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", PASSWORD);
        return rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, headers), String.class);
    }

    /** Sends back the cookies the server set, keeping earlier ones it did not replace. */
    private static void keepCookies(HttpHeaders session, ResponseEntity<?> response) {
        List<String> set = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        if (set.isEmpty()) {
            return;
        }
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String cookie : session.getOrEmpty(HttpHeaders.COOKIE)) {
            for (String pair : cookie.split("; ")) {
                cookies.put(pair.substring(0, pair.indexOf('=')), pair);
            }
        }
        for (String cookie : set) {
            String pair = cookie.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair);
        }
        session.set(HttpHeaders.COOKIE, cookies.values().stream().collect(Collectors.joining("; ")));
        String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
        if (token != null) {
            session.set("X-XSRF-TOKEN", token);
        }
    }
}
