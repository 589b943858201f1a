package io.atende.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The staff API answers only Camunda users of the allowed groups; customers' credentials do not work there. */
@AtendeIntegrationTest
class AdminApiSecurityIntegrationTests {

    @Autowired TestRestTemplate http;

    @Test
    void refusesAnonymousCustomersAndOtherTeams() {
        assertThat(http.getForEntity("/api/admin/anything", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("ana@paoquente.com.br", "demo").getForEntity("/api/admin/anything", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("agente-suporte-rm", "demo").getForEntity("/api/admin/anything", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void letsAdministratorsAndCstThrough() {
        // No endpoint is mapped at this path: getting past security shows as 404, not 401/403.
        assertThat(http.withBasicAuth("demo", "demo").getForEntity("/api/admin/anything", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("agente-cst", "demo").getForEntity("/api/admin/anything", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
