package io.atende.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A session of the Camunda webapps the way the browser holds it: the session cookie plus Camunda's CSRF
 * token, kept in headers to send with each request ({@code rest} must not follow redirects).
 */
public final class WebappSession {

    /** The demo agents' password. */
    public static final String PASSWORD = "demo";

    private WebappSession() {
    }

    /** Opens Tasklist's start page: a session and a CSRF token, nobody signed in yet. */
    public static HttpHeaders open(TestRestTemplate rest) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        HttpHeaders session = new HttpHeaders();
        session.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        keepCookies(session, page);
        return session;
    }

    /** A session in which {@code user} signed in to Tasklist. */
    public static HttpHeaders signedInToTasklist(TestRestTemplate rest, String user) {
        HttpHeaders session = open(rest);
        ResponseEntity<String> login = login(rest, session, "tasklist", user);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        keepCookies(session, login);
        return session;
    }

    /** Signs {@code user} in to the webapp {@code app} (tasklist, cockpit, admin) in {@code session}. */
    public static ResponseEntity<String> login(TestRestTemplate rest, HttpHeaders session, String app, String user) {
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
    public static void keepCookies(HttpHeaders session, ResponseEntity<?> response) {
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
