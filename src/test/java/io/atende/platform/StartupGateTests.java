package io.atende.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 24: until the start-up work is done, requests are told (in Portuguese) to come back; health checks pass. */
class StartupGateTests {

    final AtomicReference<ReadinessState> readiness = new AtomicReference<>(ReadinessState.REFUSING_TRAFFIC);
    final StartupGate gate = new StartupGate(new ApplicationAvailability() {
        @Override
        @SuppressWarnings("unchecked")
        public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
            return type == ReadinessState.class ? (S) readiness.get() : (S) LivenessState.CORRECT;
        }

        @Override
        public <S extends AvailabilityState> S getState(Class<S> type) {
            return getState(type, null);
        }

        @Override
        public <S extends AvailabilityState> org.springframework.boot.availability.AvailabilityChangeEvent<S> getLastChangeEvent(
                Class<S> type) {
            return null;
        }
    });

    @Test
    void anApiSignInBeforeReadinessIsToldToWaitWithoutBeingChecked() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/tickets");
        request.addHeader("Authorization", "Basic YW5hQHBhb3F1ZW50ZS5jb20uYnI6ZXJyYWRh");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        gate.doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("passed on to the sign-in").isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", "está iniciando", "Nada foi registrado");
    }

    @Test
    void thePortalsLoginPageBeforeReadinessIsAPortuguesePage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        gate.doFilter(new MockHttpServletRequest("POST", "/entrar"), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("lang=\"pt-BR\"", "Atende iniciando", "Tente de novo");
    }

    @Test
    void healthChecksPassBeforeReadinessAndEverythingPassesAfter() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            MockFilterChain chain = new MockFilterChain();
            gate.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).as(path).isNotNull();
        }
        readiness.set(ReadinessState.ACCEPTING_TRAFFIC);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest("POST", "/api/tickets"), response, chain);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
