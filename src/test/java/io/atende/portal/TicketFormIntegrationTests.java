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
}
