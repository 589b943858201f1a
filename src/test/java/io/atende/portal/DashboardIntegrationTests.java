package io.atende.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.portal.PortalFixtures.TestCompany;
import io.atende.portal.internal.PortalTickets;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketStatus;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** R7: the dashboard — counts by status, tickets awaiting the customer first, SLA and last interaction, pages. */
@AtendeIntegrationTest
class DashboardIntegrationTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    @Test
    @DisplayName("Awaiting tickets come first; counts by status; 20 a page; filter by status; Brasília times")
    void dashboard() {
        PortalFixtures fixtures = PortalFixtures.of(context);
        TestCompany company = fixtures.company(false);
        for (int i = 1; i <= 21; i++) {
            fixtures.open(company.contact(), "Chamado " + i, "Descrição " + i);
        }
        Ticket resolved = fixtures.open(company.contact(), "Aguardando aceite", "Veja a proposta.");
        fixtures.proposeSolution(resolved.number().toString(), "Faça assim.");

        PortalClient ana = PortalClient.loggedIn(port, company.contact().email(), PortalFixtures.PASSWORD);
        Document page = ana.page("/");
        assertThat(page.select("#aguardando .ticket-linha")).hasSize(1);
        assertThat(page.select("#aguardando").text()).contains("Aguardando aceite", "Resolvido: aguardando seu aceite",
                "contestar até");
        assertThat(page.select(".situacoes").text()).contains("Aberto 21", "Resolvido: aguardando seu aceite 1");
        assertThat(page.select("#todos .ticket-linha")).hasSize(20);
        assertThat(page.select("#todos .ticket-linha").eachText()).anySatisfy(row -> assertThat(row)
                .contains("Chamado", "Última interação:", "(Brasília)", "Classificação: Urgente", "Resposta até"));
        assertThat(page.select(".paginas").text()).contains("Página 1", "Próxima").doesNotContain("Anterior");
        Document second = ana.page("/?pagina=1");
        assertThat(second.select("#todos .ticket-linha")).hasSize(2);
        assertThat(second.select(".paginas").text()).contains("Página 2", "Anterior").doesNotContain("Próxima");
        assertThat(ana.page("/?situacao=RESOLVIDO").select("#todos .ticket-linha")).hasSize(1);
        assertThat(PortalClient.loggedIn(port, company.admin().email(), PortalFixtures.PASSWORD).page("/")
                .select("#todos .ticket-linha").eachText()).allSatisfy(row -> assertThat(row)
                .contains("Aberto por " + company.contact().contactName()));
    }

    @Test
    @DisplayName("Counts stop at the cap plus one, so the dashboard costs the same however long the history is")
    void countsAreCapped() {
        PortalFixtures fixtures = PortalFixtures.of(context);
        TestCompany company = fixtures.company(false);
        for (int i = 1; i <= 7; i++) {
            fixtures.open(company.contact(), "Chamado " + i, "Descrição " + i);
        }
        TicketDesk desk = context.getBean(TicketDesk.class);

        assertThat(desk.countByStatus(company.contact(), 5)).containsExactlyEntriesOf(Map.of(TicketStatus.ABERTO, 6L));
        assertThat(desk.countByStatus(company.contact(), 1000)).containsExactlyEntriesOf(Map.of(TicketStatus.ABERTO, 7L));
        Ticket resolved = fixtures.open(company.contact(), "Resolvido", "Veja a proposta.");
        fixtures.proposeSolution(resolved.number().toString(), "Faça assim.");
        java.util.Set<TicketStatus> both = java.util.EnumSet.of(TicketStatus.ABERTO, TicketStatus.RESOLVIDO);
        var firstPage = desk.list(company.contact(), both, 0, 5);
        var lastPage = desk.list(company.contact(), both, 1, 5);
        assertThat(firstPage.getContent()).hasSize(5);
        assertThat(firstPage.hasNext()).isTrue();
        assertThat(lastPage.getContent()).hasSize(3);
        assertThat(lastPage.hasNext()).isFalse();
        assertThat(firstPage.getContent()).extracting(Ticket::getOpenedAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(java.util.stream.Stream.concat(firstPage.stream(), lastPage.stream()).map(Ticket::getSubject))
                .contains("Resolvido").doesNotHaveDuplicates().hasSize(8);
        assertThat(PortalTickets.statusCount(TicketStatus.FECHADO, 1001).text()).isEqualTo("mais de 1.000");
        assertThat(PortalTickets.statusCount(TicketStatus.FECHADO, 1000).text()).isEqualTo("1000");
    }
}
