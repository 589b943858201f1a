package io.atende.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.ContactAccounts;
import io.atende.portal.PortalFixtures.TestCompany;
import io.atende.ticket.Impact;
import io.atende.ticket.NewAttachment;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketDraft;
import io.atende.ticket.TicketFixtures;
import io.atende.ticket.Urgency;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Everything a customer writes is shown as text: hostile subjects, descriptions, replies, file and contact names. */
@AtendeIntegrationTest
class PortalXssIntegrationTests {

    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired TicketDesk desk;
    @Autowired ContactAccounts accounts;

    @Test
    @DisplayName("Hostile description, subject, reply, file name and contact name are escaped on every page; CSP is sent")
    void hostileTextIsEscaped() {
        TestCompany company = PortalFixtures.of(context).company(false);
        TicketDraft draft = TicketFixtures.supportDraft(Impact.BAIXO, Urgency.BAIXA);
        Ticket ticket = desk.open(company.contact(), new TicketDraft(draft.type(), draft.channel(), draft.product(),
                IMG, draft.version(), draft.environment(), "Assunto " + SCRIPT, "Descrição " + IMG + SCRIPT,
                draft.impact(), draft.urgency()), null,
                List.of(new NewAttachment("\"><svg onload=alert(1)>.txt", "text/html",
                        () -> new ByteArrayInputStream("<script>alert(2)</script>".getBytes()))));
        String number = ticket.number().toString();
        desk.reply(company.contact(), number, "Resposta " + SCRIPT + IMG);
        accounts.update(company.admin(), company.contact().contactId(), "Ana " + SCRIPT, false);

        PortalClient admin = PortalClient.loggedIn(port, company.admin().email(), PortalFixtures.PASSWORD);
        for (String path : List.of("/tickets/" + number, "/", "/contatos", "/tickets/novo?acompanhamento=" + number,
                "/contatos/" + company.contact().contactId())) {
            Connection.Response response = admin.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.header("Content-Security-Policy")).as(path).contains("script-src 'self'");
            assertThat(response.body()).as(path).doesNotContain(SCRIPT, IMG, "<svg onload");
            Document page = admin.page(path);
            assertThat(page.select("script:not([src])")).as(path).isEmpty();
            assertThat(page.select("img[onerror], svg")).as(path).isEmpty();
        }
        Document ticketPage = admin.page("/tickets/" + number);
        assertThat(ticketPage.select("#assunto").text()).isEqualTo("Assunto " + SCRIPT);
        assertThat(ticketPage.select("#descricao").text()).isEqualTo("Descrição " + IMG + SCRIPT);
        assertThat(ticketPage.select("#historico").text()).contains("Resposta " + SCRIPT + IMG);
        String href = ticketPage.select("#historico a[download]").attr("href");
        Connection.Response download = admin.get(href);
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        assertThat(download.contentType()).doesNotContain("text/html");
    }
}
