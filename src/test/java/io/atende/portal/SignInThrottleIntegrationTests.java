package io.atende.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.portal.PortalFixtures.TestCompany;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/** Issue 12: one throttle for every way a customer signs in, that holds under concurrent failures. */
@AtendeIntegrationTest
class SignInThrottleIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired LoginThrottle throttle;
    @Autowired TestRestTemplate http;
    @LocalServerPort int port;

    @AfterEach
    void forgetFailures() {
        throttle.clear();
    }

    @Test
    @DisplayName("30 concurrent wrong logins for one e-mail: no error, each counted, the account ends locked")
    void concurrentFailuresCount() throws Exception {
        String email = PortalFixtures.of(context).company(false).contact().email();
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Callable<Duration>> attempts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String address = "10.9.0." + i; // thirty offices: only the account's count is shared
                attempts.add(() -> throttle.recordFailure(email, address));
            }
            List<Future<Duration>> results = pool.invokeAll(attempts);
            for (Future<Duration> result : results) {
                result.get(); // throws if any attempt failed
            }
        } finally {
            pool.shutdown();
        }
        assertThat(throttle.waitFor(email, "10.9.1.1")).isPositive();
    }

    @Test
    @DisplayName("30 parallel wrong portal logins over HTTP: every answer a redirect to the login page, never a 500")
    void concurrentPortalLoginsNeverFail() throws Exception {
        String email = PortalFixtures.of(context).company(false).contact().email();
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                attempts.add(() -> new PortalClient(port).login(email, "senha-errada").statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(attempts)) {
                assertThat(status.get()).isEqualTo(302);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(throttle.waitFor(email, null)).isPositive();
    }

    @Test
    @DisplayName("HTTP Basic: after too many wrong passwords the right one is refused (429, Retry-After, Portuguese), then works again")
    void basicIsThrottled() {
        TestCompany company = PortalFixtures.of(context).company(false);
        String email = company.contact().email();
        assertThat(http.withBasicAuth(email, PortalFixtures.PASSWORD).getForEntity("/api/tickets", String.class)
                .getStatusCode().value()).isEqualTo(200);
        for (int i = 0; i < 40; i++) {
            assertThat(http.withBasicAuth(email, "errada-" + i).getForEntity("/api/tickets", String.class)
                    .getStatusCode().value()).isIn(401, 429);
        }

        ResponseEntity<String> locked = http.withBasicAuth(email, PortalFixtures.PASSWORD)
                .getForEntity("/api/tickets", String.class);
        assertThat(locked.getStatusCode().value()).isEqualTo(429);
        assertThat(locked.getHeaders().getFirst("Retry-After")).matches("\\d+");
        assertThat(locked.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(locked.getBody()).contains("Muitas tentativas", "minuto").doesNotContain("Too Many");
        // the portal refuses the same account: one throttle for every way in
        assertThat(new PortalClient(port).login(email, PortalFixtures.PASSWORD).header("Location")).contains("espera=");

        throttle.clear();
        assertThat(http.withBasicAuth(email, PortalFixtures.PASSWORD).getForEntity("/api/tickets", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    @DisplayName("A contact locked in the portal is refused by the API too")
    void portalLockHoldsForTheApi() {
        String email = PortalFixtures.of(context).company(false).contact().email();
        PortalClient client = new PortalClient(port);
        for (int i = 0; i < 6; i++) {
            client.login(email, "senha-errada");
        }
        assertThat(http.withBasicAuth(email, PortalFixtures.PASSWORD).getForEntity("/api/tickets", String.class)
                .getStatusCode().value()).isEqualTo(429);
    }

    @Test
    @DisplayName("Issue 24: a staff member trying her Camunda id and password on the customer API does not lock her "
            + "Camunda sign-in (webapps' API, engine REST)")
    void staffFailuresOnTheCustomerApiLeaveCamundaAlone() {
        for (int i = 0; i < 6; i++) {
            assertThat(http.withBasicAuth("demo", "demo").getForEntity("/api/tickets", String.class)
                    .getStatusCode().value()).isIn(401, 429);
        }
        assertThat(http.withBasicAuth("demo", "demo").getForEntity("/api/admin/models", String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(http.withBasicAuth("demo", "demo").getForEntity("/engine-rest/task?maxResults=1", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    @DisplayName("Issue 24: with the production limits, many users failing from one office address lock it for the "
            + "names that failed, not for a customer who has not failed (she signs in); one failure and she waits too")
    void oneOfficeAddressDoesNotLockEveryCustomer() {
        PortalSettings production = new PortalSettings("http://localhost:8080", Duration.ofHours(72), Duration.ofHours(2),
                5, 20, Duration.ofMinutes(15), "Atende <nao-responda@atende.io>");
        LoginThrottle office = new LoginThrottle(context.getBean(LoginThrottleEntries.class), production,
                context.getBean(java.time.Clock.class),
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class),
                context.getBean(org.springframework.jdbc.core.JdbcTemplate.class));
        String address = "203.0.113.7";
        for (int i = 0; i < 6; i++) {
            office.recordFailure("demo", address); // staff trying their Camunda name
        }
        for (int i = 0; i < 30; i++) {
            office.recordFailure("colega-" + i + "@escritorio.com.br", address); // typos, unknown names
        }

        assertThat(office.waitFor("colega-29@escritorio.com.br", address)).as("a name that failed").isPositive();
        assertThat(office.waitFor("cliente@padaria.com.br", address)).as("a customer who has not failed").isZero();
        assertThat(office.waitFor("cliente@padaria.com.br", "198.51.100.1")).isZero();
        office.recordFailure("cliente@padaria.com.br", address);
        assertThat(office.waitFor("cliente@padaria.com.br", address)).as("after her own failure").isPositive();
        assertThat(office.waitFor("cliente@padaria.com.br", "198.51.100.1")).as("elsewhere, 1 of 5").isZero();
    }
}
