package io.atende.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.portal.PortalFixtures.TestCompany;
import org.jsoup.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The portal's security chain: login, logout, session fixation, CSRF, headers, throttling. */
@AtendeIntegrationTest
class PortalSecurityIntegrationTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired LoginThrottle throttle;
    TestCompany company;

    @BeforeEach
    void setUp() {
        company = PortalFixtures.of(context).company(false);
    }

    @AfterEach
    void forgetFailures() {
        throttle.clear();
    }

    @Test
    @DisplayName("An anonymous visitor of / is sent to the login page; health and the API description stay public")
    void anonymousIsSentToLogin() {
        PortalClient anonymous = new PortalClient(port);
        assertThat(anonymous.get("/").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/").header("Location")).endsWith("/entrar");
        assertThat(anonymous.get("/entrar").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/metrics").statusCode()).isNotEqualTo(200);
    }

    @Test
    @DisplayName("Pages carry a CSP without inline script, frame-ancestors 'none', nosniff, a referrer policy")
    void securityHeaders() {
        Connection.Response page = new PortalClient(port).get("/entrar");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    @DisplayName("Login changes the session id (fixation) and the session cookie is HttpOnly")
    void loginChangesSessionId() {
        PortalClient client = new PortalClient(port);
        Connection.Response loginPage = client.get("/entrar");
        String before = client.session();
        assertThat(loginPage.header("Set-Cookie")).containsIgnoringCase("HttpOnly");
        Connection.Response login = client.login(company.contact().email(), PortalFixtures.PASSWORD);
        assertThat(login.header("Location")).endsWith("/");
        assertThat(client.session()).isNotNull().isNotEqualTo(before);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("A form posted without its CSRF token is refused")
    void csrfRequired() {
        PortalClient client = PortalClient.loggedIn(port, company.contact().email(), PortalFixtures.PASSWORD);
        Connection.Response forged = client.post("/tickets/novo", null, "type", "SUPORTE", "subject", "x");
        assertThat(forged.statusCode()).isEqualTo(403);
        Connection.Response forgedLogin = new PortalClient(port).post("/entrar", null, "email",
                company.contact().email(), "senha", PortalFixtures.PASSWORD);
        assertThat(forgedLogin.statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("Logout ends the session: the next page asks for login again")
    void logout() {
        PortalClient client = PortalClient.loggedIn(port, company.contact().email(), PortalFixtures.PASSWORD);
        String csrf = client.csrfFrom("/");
        assertThat(client.post("/sair", csrf).header("Location")).endsWith("/entrar?saiu");
        assertThat(client.get("/").header("Location")).endsWith("/entrar");
    }

    @Test
    @DisplayName("Five wrong passwords lock the account for 15 minutes, stated on the page; even the right one waits")
    void throttlesGuessing() {
        PortalClient client = new PortalClient(port);
        for (int i = 0; i < 4; i++) {
            assertThat(client.login(company.contact().email(), "errada " + i).header("Location")).endsWith("/entrar?erro");
        }
        assertThat(client.login(company.contact().email(), "errada 5").header("Location")).endsWith("/entrar?espera=15");
        assertThat(client.login(company.contact().email(), PortalFixtures.PASSWORD).header("Location"))
                .endsWith("/entrar?espera=15");
        assertThat(client.page("/entrar?espera=15").text()).contains("aguarde 15 minutos");
        // another account from the same address is not locked by these five
        assertThat(new PortalClient(port).login(company.admin().email(), PortalFixtures.PASSWORD).header("Location"))
                .endsWith("/");
    }

    @Test
    @DisplayName("Unknown e-mail and wrong password read the same (no enumeration)")
    void sameAnswerForUnknownEmail() {
        assertThat(new PortalClient(port).login("ninguem@nada.com.br", "qualquer coisa").header("Location"))
                .endsWith("/entrar?erro");
        assertThat(new PortalClient(port).login(company.contact().email(), "qualquer coisa").header("Location"))
                .endsWith("/entrar?erro");
    }
}
