package io.atende.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.portal.PortalFixtures.TestCompany;
import io.atende.ticket.Tickets;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The new-ticket form's server-side rules: billing terms for Consultoria Telefônica (R10), blocked company (R4). */
@AtendeIntegrationTest
class TicketFormIntegrationTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired Tickets tickets;

    static final String[] CONSULTING = {"type", "CONSULTORIA_TELEFONICA", "product", "PROTHEUS", "subject",
            "Como parametrizar o MATA410", "description", "Preciso de orientação.", "impact", "BAIXO", "urgency", "MEDIA"};

    @Test
    @DisplayName("R10: Consultoria Telefônica is opened only after its billing terms are accepted")
    void consultingNeedsBillingTerms() {
        TestCompany company = PortalFixtures.of(context).company(false);
        PortalClient ana = PortalClient.loggedIn(port, company.contact().email(), PortalFixtures.PASSWORD);
        long before = tickets.count();
        Connection.Response refused = ana.post("/tickets/novo", ana.csrfFrom("/tickets/novo"), CONSULTING);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body()).text()).contains("confirme que leu e aceita as condições de cobrança");
        assertThat(tickets.count()).isEqualTo(before);

        String[] accepted = java.util.Arrays.copyOf(CONSULTING, CONSULTING.length + 2);
        accepted[CONSULTING.length] = "billingAccepted";
        accepted[CONSULTING.length + 1] = "true";
        Connection.Response opened = ana.post("/tickets/novo", ana.csrfFrom("/tickets/novo"), accepted);
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.header("Location")).matches(".*/tickets/\\d{8}");
    }

    @Test
    @DisplayName("Issue 24: a garbage or unknown hidden parentNumber shows the form again with the message and the typed "
            + "text (was a 404 page, the form lost); the link is dropped so the next send opens a plain ticket")
    void unknownParentKeepsTheForm() {
        TestCompany company = PortalFixtures.of(context).company(false);
        PortalClient ana = PortalClient.loggedIn(port, company.contact().email(), PortalFixtures.PASSWORD);
        long before = tickets.count();
        for (String parent : new String[] {"abc", "99999999"}) {
            Connection.Response page = ana.post("/tickets/novo", ana.csrfFrom("/tickets/novo"), "type", "SUPORTE",
                    "product", "PROTHEUS", "subject", "Nota fiscal rejeitada", "description", "Texto que não pode "
                    + "se perder.", "impact", "BAIXO", "urgency", "MEDIA", "parentNumber", parent);
            assertThat(page.statusCode()).as(parent).isEqualTo(400);
            org.jsoup.nodes.Document doc = Jsoup.parse(page.body());
            assertThat(doc.select("#erro-geral").text()).as(parent).contains("ticket de origem", parent);
            assertThat(doc.select("#description").text()).isEqualTo("Texto que não pode se perder.");
            assertThat(doc.select("input[name=parentNumber]").attr("value")).isEmpty();
        }
        assertThat(tickets.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("R4: a blocked company's forced support ticket is refused with the way to regularize; a CST ticket opens")
    void blockedCompanyCannotForceSupport() {
        TestCompany company = PortalFixtures.of(context).company(true);
        PortalClient admin = PortalClient.loggedIn(port, company.admin().email(), PortalFixtures.PASSWORD);
        long before = tickets.count();
        Connection.Response refused = admin.post("/tickets/novo", admin.csrfFrom("/tickets/novo"), "type", "SUPORTE",
                "product", "PROTHEUS", "subject", "Erro", "description", "Erro.", "impact", "ALTO", "urgency", "ALTA");
        assertThat(Jsoup.parse(refused.body()).select("#erro-geral").text()).contains("bloqueado", "4003-0015, opção 7");
        assertThat(tickets.count()).isEqualTo(before);
        Connection.Response cst = admin.post("/tickets/novo", admin.csrfFrom("/tickets/novo"), "type", "ADMINISTRATIVO",
                "subject", "Regularizar boleto", "description", "Quero pagar o boleto vencido.", "impact", "MEDIO",
                "urgency", "MEDIA");
        assertThat(cst.header("Location")).matches(".*/tickets/\\d{8}");
    }

    @Test
    @DisplayName("R7: a file over the limit sent without JavaScript gets a page that says so, and nothing is opened")
    void oversizedUploadWithoutJavaScriptIsExplained() {
        TestCompany company = PortalFixtures.of(context).company(false);
        PortalClient ana = PortalClient.loggedIn(port, company.contact().email(), PortalFixtures.PASSWORD);
        String action = Jsoup.parse(ana.get("/tickets/novo").body()).select("#form-ticket").attr("action");
        assertThat(action).contains("_csrf=");
        long before = tickets.count();
        byte[] video = new byte[101 * 1024 * 1024];

        Connection upload = ana.connect(action).method(Connection.Method.POST)
                .data("type", "SUPORTE", "product", "PROTHEUS", "subject", "Vídeo", "description", "Vídeo do erro.",
                        "impact", "BAIXO", "urgency", "BAIXA")
                .data("anexos", "erro.mp4", new java.io.ByteArrayInputStream(video), "video/mp4");
        Connection.Response response = ana.execute(upload);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("#envio-grande").text()).contains("100 MB", "Nada foi registrado");
        assertThat(tickets.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("Issue 12: a 10 MB description, sent as the form does (multipart) or url-encoded, gets a 413 page "
            + "about the text, not about files or contacts, and nothing is opened")
    void oversizedTextIsExplained() {
        TestCompany company = PortalFixtures.of(context).company(false);
        PortalClient ana = PortalClient.loggedIn(port, company.contact().email(), PortalFixtures.PASSWORD);
        String action = Jsoup.parse(ana.get("/tickets/novo").body()).select("#form-ticket").attr("action");
        long before = tickets.count();
        String description = "x".repeat(10 * 1024 * 1024);

        Connection multipart = ana.connect(action).method(Connection.Method.POST)
                .data("type", "SUPORTE", "product", "PROTHEUS", "subject", "Texto longo", "description", description,
                        "impact", "BAIXO", "urgency", "BAIXA")
                .data("anexos", "vazio.txt", new java.io.ByteArrayInputStream(new byte[0]), "text/plain");
        Connection.Response asForm = ana.execute(multipart);
        assertThat(asForm.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(asForm.body()).select("#envio-grande").text())
                .contains("texto enviado passa do limite", String.format(java.util.Locale.forLanguageTag("pt-BR"),
                        "%,d caracteres", io.atende.ticket.Ticket.CUSTOMER_TEXT_MAX), "Nada foi registrado")
                .doesNotContain("100 MB");

        Connection.Response urlEncoded = ana.execute(ana.connect("/tickets/novo").method(Connection.Method.POST)
                .header("Accept", "text/html").data("_csrf", ana.csrfFrom("/tickets/novo"), "type", "SUPORTE",
                        "product", "PROTHEUS", "subject", "Texto longo", "description", description, "impact", "BAIXO",
                        "urgency", "BAIXA"));
        assertThat(urlEncoded.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(urlEncoded.body()).select("#envio-grande").text())
                .contains("texto enviado passa do limite", "Nada foi registrado").doesNotContain("contato");
        assertThat(tickets.count()).isEqualTo(before);
    }
}
