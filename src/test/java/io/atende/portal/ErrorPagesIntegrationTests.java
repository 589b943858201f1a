package io.atende.portal;

import static io.atende.ticket.TicketFixtures.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import java.io.IOException;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thymeleaf.ITemplateEngine;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A page the application cannot serve answers in Portuguese, says what to do and leads back to the
 * start, instead of Spring's English "Whitelabel Error Page" (templates/error/).
 */
@AtendeIntegrationTest
class ErrorPagesIntegrationTests {

    @LocalServerPort int port;
    @Autowired ITemplateEngine templates;

    @Test
    void aContactWhoIsNotTheAdministratorIsToldWhoManagesContacts() throws IOException {
        Connection.Response response = asBrowser(PortalClient.loggedIn(port, ANA, "demo"), "/contatos");

        assertThat(response.statusCode()).isEqualTo(403);
        Document page = response.parse();
        assertThat(page.select("h1").text()).isEqualTo("Acesso não permitido");
        assertThat(page.text()).contains("administrador da empresa").doesNotContain("Whitelabel");
        assertThat(page.select("a[href=/]")).isNotEmpty();
    }

    @Test
    void anAddressThatDoesNotExistSaysSoInPortuguese() throws IOException {
        Connection.Response signedIn = asBrowser(PortalClient.loggedIn(port, ANA, "demo"), "/nao-existe");
        Connection.Response anonymous = asBrowser(new PortalClient(port), "/camunda/nao-existe");

        for (Connection.Response response : new Connection.Response[] {signedIn, anonymous}) {
            assertThat(response.statusCode()).isEqualTo(404);
            Document page = response.parse();
            assertThat(page.select("h1").text()).isEqualTo("Página não encontrada");
            assertThat(page.text()).contains("Confira o link").doesNotContain("Whitelabel");
        }
    }

    @Test
    void aServerErrorPageSaysNothingUnconfirmedWasKeptAndWhatToDo() {
        var web = JakartaServletWebApplication.buildApplication(new MockServletContext());
        var context = new WebContext(web.buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse()));
        context.setVariable("status", 503);
        context.setVariable("code", "ab12cd34");

        String page = templates.process("error/5xx", context);

        assertThat(page).contains("Algo deu errado do nosso lado", "HTTP <span>503</span>",
                "O que não foi confirmado na tela não foi registrado", "Tente de novo",
                "informando o código do erro:", "<strong id=\"codigo\">ab12cd34</strong>");
    }

    /** As a browser asks for a page: Spring answers an error as HTML only to a client that accepts HTML. */
    private static Connection.Response asBrowser(PortalClient client, String path) {
        return client.execute(client.connect(path).header("Accept", "text/html,application/xhtml+xml"));
    }
}
