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
class SurveyAndOuvidoriaBrowserTests {

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
    @DisplayName("R21, R13: Ana accepts, answers the one-question survey once, then escalates the ticket to Ouvidoria")
    void answersSurveyAndEscalatesToOuvidoria() {
        PortalFixtures fixtures = PortalFixtures.of(context);
        TestCompany company = fixtures.company(false);
        Ticket ticket = fixtures.open(company.contact(), "Backup", "O backup falha.");
        fixtures.proposeSolution(ticket.number().toString(), "Libere espaço em disco.");
        browser.login(company.contact().email(), PortalFixtures.PASSWORD);
        browser.go("/tickets/" + ticket.number());
        browser.click("#aceitar");
        browser.waitForText("#situacao", "Fechado");

        browser.click("#pesquisa");
        browser.click("input[name=avaliacao][value=RUIM]");
        browser.type("#comentario", "Demorou <b>muito</b>.");
        browser.screenshot("pesquisa-convite");
        browser.click("#form-pesquisa button[type=submit]");
        browser.waitForText(".banner.aviso", "Obrigado pela sua avaliação");
        browser.go("/tickets/" + ticket.number() + "/pesquisa");
        assertThat(browser.text("#pesquisa-respondida")).contains("Obrigado");
        browser.screenshot("pesquisa-respondida");

        browser.go("/tickets/" + ticket.number());
        browser.click("#ouvidoria");
        browser.type("#relato", "A solução demorou e o problema voltou.");
        browser.screenshot("ouvidoria-pedido");
        browser.click("#form-ouvidoria button[type=submit]");
        browser.waitForText(".banner.aviso", "Pedido à Ouvidoria registrado: 9");
        browser.screenshot("ouvidoria-registrada");
    }
}
