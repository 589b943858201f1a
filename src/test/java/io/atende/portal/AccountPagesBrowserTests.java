package io.atende.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Companies;
import io.atende.account.Company;
import io.atende.account.CustomerDirectory;
import io.atende.account.Offer;
import io.atende.portal.PortalFixtures.TestCompany;
import io.atende.portal.internal.AccountLinks;
import io.atende.ticket.TicketFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Accounts in real Chromium: first access (R1), login failure and throttling, contacts (R2), blocked company (R4). */
@AtendeIntegrationTest
class AccountPagesBrowserTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired AccountLinks links;
    @Autowired Companies companies;
    @Autowired CustomerDirectory directory;
    @Autowired ApplicationContext app;
    @Autowired LoginThrottle throttle;
    PortalFixtures fixtures;
    Browser browser;

    @BeforeEach
    void setUp() {
        fixtures = PortalFixtures.of(context);
        PortalMailbox.start(app);
        browser = Browser.open(port);
    }

    @AfterEach
    void tearDown() {
        throttle.clear();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName("R1: CST activates Roberto; he follows the e-mailed link, a weak password is refused with the rules, a strong one works")
    void firstAccessSetsPassword() {
        Company company = companies.save(new Company("Primeiro Acesso " + System.nanoTime(), Offer.PADRAO, "SP", "Campinas"));
        String email = "roberto" + company.getId() + "@primeiroacesso.com.br";
        links.activateAdministrator(company.getId(), "Roberto Lima", email);
        String link = PortalMailbox.linkSentTo(app, email, "/primeiro-acesso/");

        browser.go(link);
        assertThat(browser.text("#login-email")).isEqualTo(email);
        assertThat(browser.text(".regras")).contains("pelo menos 12 caracteres", "não ser o seu e-mail", "muito comum");
        browser.type("#senha", "senha@123456");
        browser.type("#confirmacao", "senha@123456");
        browser.click("#form-senha button");
        assertThat(browser.text("#problemas-senha")).contains("conhecida ou fácil de adivinhar");
        browser.screenshot("primeiro-acesso-senha-fraca");
        browser.type("#senha", "pão quente desde 1987!");
        browser.type("#confirmacao", "pão quente desde 1987!");
        browser.click("#form-senha button");
        browser.find("#senha-definida");
        browser.screenshot("primeiro-acesso-senha-definida");

        browser.login(email, "pão quente desde 1987!");
        browser.waitForText("h1", "Tickets da empresa");
        browser.screenshot("primeiro-acesso-painel");
        browser.go(link);
        assertThat(browser.text("#link-invalido")).contains("já foi usado ou expirou");
    }

    @Test
    @DisplayName("R3: a wrong password says so; five in a row lock the account and the page states the wait")
    void loginFailureAndThrottling() {
        TestCompany company = fixtures.company(false);
        browser.login(company.contact().email(), "senha errada");
        assertThat(browser.text("#erro-login")).isEqualTo("E-mail ou senha inválidos.");
        browser.screenshot("login-falhou");
        for (int i = 0; i < 4; i++) {
            browser.login(company.contact().email(), "senha errada " + i);
        }
        assertThat(browser.text("#espera-login")).contains("aguarde 15 minutos");
        browser.login(company.contact().email(), PortalFixtures.PASSWORD);
        assertThat(browser.text("#espera-login")).contains("aguarde 15 minutos");
        browser.screenshot("login-bloqueado-por-tentativas");
    }

    @Test
    @DisplayName("R2: Roberto deactivates a contact, who can no longer log in; he cannot deactivate himself, the last administrator")
    void administratorDeactivatesContact() {
        TestCompany company = fixtures.company(false);
        browser.login(company.admin().email(), PortalFixtures.PASSWORD);
        browser.go("/contatos");
        assertThat(browser.text("#tabela-contatos")).contains(company.contact().email(), company.admin().email());
        browser.screenshot("contatos-lista");
        browser.click("#desativar-" + company.contact().contactId());
        browser.waitForText(".banner.aviso", "foi desativado");
        assertThat(browser.text("#contato-" + company.contact().contactId() + " .situacao-contato")).isEqualTo("Desativado");
        browser.click("#desativar-" + company.admin().contactId());
        browser.waitForText(".banner.erro", "último administrador");
        browser.screenshot("contatos-desativado");
        assertThat(directory.byContactId(company.contact().contactId()).orElseThrow().active()).isFalse();

        try (Browser other = Browser.open(port)) {
            other.login(company.contact().email(), PortalFixtures.PASSWORD);
            assertThat(other.text("#erro-login")).isEqualTo("E-mail ou senha inválidos.");
        }
    }

    @Test
    @DisplayName("R4: every page of a blocked company explains the block and the CST phone; only CST tickets are offered")
    void blockedCompanyBanner() {
        browser.login(TicketFixtures.MARIA, "demo");
        assertThat(browser.text("#aviso-bloqueio")).contains("bloqueado", "4003-0015, opção 7");
        browser.screenshot("bloqueio-painel");
        browser.go("/tickets/novo");
        assertThat(browser.text("#aviso-bloqueio")).contains("regularizar");
        assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("input[name=type]")))
                .extracting(e -> e.getAttribute("value")).containsExactly("ADMINISTRATIVO");
        browser.screenshot("bloqueio-novo-ticket");
    }
}
