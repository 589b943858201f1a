package io.atende.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 24: the probes are public; the application reports ready (and lets requests in) once started. */
@AtendeIntegrationTest
class ReadinessIntegrationTests {

    @LocalServerPort int port;
    @Autowired ApplicationAvailability availability;

    @Test
    @DisplayName("Issue 24: /actuator/health/readiness and /liveness answer anonymously, UP after the start-up work")
    void probesArePublicAndUp() throws Exception {
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        HttpClient client = HttpClient.newHttpClient();
        for (String probe : new String[] {"/actuator/health/readiness", "/actuator/health/liveness"}) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + probe))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(probe).isEqualTo(200);
            assertThat(r.body()).as(probe).contains("\"status\":\"UP\"");
        }
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }
}
