package io.atende.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.portal.PortalFixtures.TestCompany;
import io.atende.ticket.Ticket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The survey (R21) and Ouvidoria (R13) pages against the portal's stand-ins, until their modules are
 * connected: the pages render, say what to do instead, and are reached from the ticket page.
 */
@AtendeIntegrationTest
class PortalStandInsBrowserTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    Browser browser;

    @BeforeEach
    void setUp() {
        browser = Browser.open(port);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName("R21, R13: from a closed ticket Ana reaches the survey and Ouvidoria pages, which say how to proceed")
    void surveyAndOuvidoriaPlaceholders() {
        PortalFixtures fixtures = PortalFixtures.of(context);
        TestCompany company = fixtures.company(false);
        Ticket ticket = fixtures.open(company.contact(), "Backup", "O backup falha.");
        fixtures.proposeSolution(ticket.number().toString(), "Libere espaço em disco.");
        browser.login(company.contact().email(), PortalFixtures.PASSWORD);
        browser.go("/tickets/" + ticket.number());
        browser.click("#aceitar");
        browser.waitForText("#situacao", "Fechado");
        browser.click("#pesquisa");
        assertThat(browser.text("#sem-pesquisa")).contains("Não há pesquisa aberta");
        browser.screenshot("pesquisa-sem-convite");
        browser.go("/tickets/" + ticket.number());
        browser.click("#ouvidoria");
        assertThat(browser.text("#ouvidoria-indisponivel")).contains("4003-0015, opção 8");
        browser.screenshot("ouvidoria-indisponivel");
    }
}
