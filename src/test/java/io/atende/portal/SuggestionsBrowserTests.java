package io.atende.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.portal.PortalFixtures.TestCompany;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R7 in real Chromium: while a customer writes a ticket, articles of the Central de Ajuda appear without a reload,
 * under the portal's CSP; "Isso resolveu" opens nothing and counts a deflection; a ticket opened anyway keeps the
 * articles it was shown.
 */
@AtendeIntegrationTest
class SuggestionsBrowserTests {

    static final String ARTICLE = "Rejeição 539 na transmissão da NF-e";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    TestCompany company;
    Browser browser;

    @BeforeEach
    void setUp() {
        company = PortalFixtures.of(context).company(false);
        browser = Browser.open(port);
        browser.login(company.contact().email(), PortalFixtures.PASSWORD);
        browser.go("/tickets/novo");
        browser.driver.findElement(By.cssSelector("select#product option[value=PROTHEUS]")).click();
        browser.type("#subject", "notas fiscais rejeitadas 539");
        browser.waitForText("#sugestoes", ARTICLE);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName("R7: the article that solved it is counted and no ticket is opened")
    void isThisSolvedItOpensNothing() {
        assertThat(browser.driver.findElements(By.cssSelector("#lista-sugestoes li"))).hasSizeBetween(1, 5);
        browser.screenshot("novo-ticket-sugestoes");
        browser.driver.findElement(By.xpath("//li[a[contains(., '" + ARTICLE + "')]]/button")).click();

        browser.waitForText(".banner.aviso", "resolveu");
        assertThat(browser.text(".banner.aviso")).contains("Nenhum ticket foi aberto");
        assertThat(jdbc.queryForObject("select count(*) from ticket where company_id = ?", Long.class, company.id()))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from kb_suggestion_outcome o join kb_article a on a.id = "
                + "o.article_id where o.contact_id = ? and o.outcome = 'RESOLVED' and a.title like 'Rejeição 539%'",
                Long.class, company.contact().contactId())).isEqualTo(1);
        assertThat(browser.driver.manage().logs().get("browser").getAll()).noneMatch(e -> e.getMessage()
                .contains("Content Security Policy"));
    }

    @Test
    @DisplayName("R7: opened anyway, the ticket keeps which articles were shown")
    void openedAnywayKeepsWhatWasShown() {
        browser.type("#description", "A nota do pedido 123 volta rejeitada com o código 539.");
        browser.driver.findElement(By.cssSelector("select#impact option[value=MEDIO]")).click();
        browser.driver.findElement(By.cssSelector("select#urgency option[value=MEDIA]")).click();
        browser.click("#enviar-ticket");

        browser.waitForText("#situacao", "Aberto");
        Long ticket = Long.valueOf(browser.currentPath().replace("/tickets/", ""));
        String shown = jdbc.queryForObject("select shown from kb_suggestion_outcome where ticket_id = ? and outcome = "
                + "'OPENED_ANYWAY'", String.class, ticket);
        assertThat(shown).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from kb_article where title like 'Rejeição 539%' and "
                + "position(cast(id as varchar) in ?) > 0", Long.class, shown)).isEqualTo(1);
    }
}
