package io.atende.ticket.web;

import static io.atende.ticket.TicketFixtures.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.portal.PortalClient;
import io.atende.team.WebappSession;
import io.atende.ticket.Channel;
import io.atende.ticket.Environment;
import io.atende.ticket.Impact;
import io.atende.ticket.Product;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketDraft;
import io.atende.ticket.TicketHistory;
import io.atende.ticket.TicketType;
import io.atende.ticket.Urgency;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The staff ticket page shows agents the whole ticket the task form can only show cut to 4,000 characters,
 * to whoever is signed in to Tasklist and works the ticket's team (or Manutenção, CST, administrators), and
 * nothing of it to anyone else.
 */
@AtendeIntegrationTest
class StaffTicketPageIntegrationTests {

    static final String PROTHEUS_AGENT = "agente-suporte-protheus";
    static final String RM_AGENT = "agente-suporte-rm";
    static final String MARKER = "ORA-00001 <script>alert('x')</script> & \"aspas\"";

    @Autowired TicketDesk desk;
    @Autowired TicketHistory history;
    @Autowired CustomerDirectory customers;
    @Autowired TaskService tasks;
    @LocalServerPort int port;

    TestRestTemplate rest;
    String description;
    Ticket ticket;

    @Autowired
    void noRedirects(TestRestTemplate rest) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @BeforeEach
    void openTicketWithALongDescription() {
        String line = "linha " + "%05d" + " do log com erro " + MARKER + "\n";
        StringBuilder log = new StringBuilder();
        for (int i = 0; log.length() < 16_000; i++) {
            log.append(line.formatted(i));
        }
        description = log.substring(0, 15_999) + "F"; // 16,000 characters; the last one only on the page
        ticket = desk.open(customers.byEmail(ANA).orElseThrow(), new TicketDraft(TicketType.SUPORTE, Channel.PORTAL,
                Product.PROTHEUS, "MATA410", "12.1.2410", Environment.PRODUCAO, "Erro ao faturar (log completo)",
                description, Impact.MEDIO, Urgency.MEDIA), null);
    }

    @Test
    void showsATeamMemberTheWholeDescriptionAndEveryHistoryEntry() {
        ResponseEntity<String> page = get(page(), WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        Document html = Jsoup.parse(page.getBody());
        assertThat(html.getElementById("descricao").wholeText()).isEqualTo(description).hasSize(16_000);
        assertThat(html.select("#historico > li")).hasSize(history.of(ticket).size()).hasSizeGreaterThan(1);
        assertThat(html.getElementById("historico").wholeText()).contains("Ticket aberto", description,
                "Classificação NORMAL, equipe suporte-protheus.");
        assertThat(html.getElementById("equipe").text()).isEqualTo("Suporte Protheus");
        assertThat(html.getElementById("situacao").text()).isEqualTo("Aberto (na fila da equipe)");
        assertThat(html.getElementById("contato").text()).contains(ANA);
        assertThat(html.getElementById("sla").text()).endsWith("(horário de Brasília)");
        assertThat(page.getBody()).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    }

    @Test
    void letsManutencaoAndCstReadTicketsOfAnyTeam() {
        for (String agent : new String[] {"agente-manutencao", "agente-cst"}) {
            ResponseEntity<String> page = get(page(), WebappSession.signedInToTasklist(rest, agent));

            assertThat(page.getStatusCode()).as(agent).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).contains("F</div>");
        }
    }

    @Test
    void refusesAMemberOfAnotherTeamWithoutShowingTheTicket() {
        ResponseEntity<String> page = get(page(), WebappSession.signedInToTasklist(rest, RM_AGENT));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(page.getBody()).contains("O ticket " + ticket.number() + " é da equipe Suporte Protheus");
        assertWithoutContent(page.getBody());
    }

    @Test
    void asksForTheTasklistLoginWithoutASession() {
        ResponseEntity<String> page = get(page(), new HttpHeaders());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(page.getBody()).contains("Entre no <a href=\"/camunda/app/tasklist/\">Tasklist</a>");
        assertWithoutContent(page.getBody());
    }

    @Test
    void givesTheCustomersPortalSessionNoTicket() {
        PortalClient portal = PortalClient.loggedIn(port, ANA, "demo");
        assertThat(portal.get("/tickets/" + ticket.number()).statusCode()).isEqualTo(200); // her own ticket

        Connection.Response page = portal.get(page());

        assertThat(page.statusCode()).isEqualTo(HttpStatus.UNAUTHORIZED.value());
        assertWithoutContent(page.body());
    }

    @Test
    void answersNotFoundForAnUnknownOrMalformedNumber() {
        HttpHeaders session = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);

        for (String number : new String[] {"99999999", "12ab", "-1"}) {
            ResponseEntity<String> page = get(StaffTicketLinks.PATH + number, session);
            assertThat(page.getStatusCode()).as(number).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(page.getBody()).as(number).contains("Ticket não encontrado");
        }
    }

    @Test
    void theFormCopysNotesLinkThePage() {
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(ticket.number().toString()).singleResult()
                .getId();
        String copy = (String) tasks.getVariableLocal(taskId, "ticketDescription");
        String historyCopy = (String) tasks.getVariableLocal(taskId, "ticketHistory");
        String url = "http://localhost:8080/equipe/tickets/" + ticket.number();

        assertThat(copy).hasSizeLessThanOrEqualTo(4000).endsWith("o texto completo está em " + url + "]");
        assertThat(historyCopy).hasSizeLessThanOrEqualTo(4000).contains("o histórico completo está em " + url + "]");
        ResponseEntity<String> linked = get(url.substring("http://localhost:8080".length()),
                WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT));
        assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private String page() {
        return StaffTicketLinks.PATH + ticket.number();
    }

    private ResponseEntity<String> get(String path, HttpHeaders session) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(session), String.class);
    }

    private void assertWithoutContent(String body) {
        assertThat(body).doesNotContain("ORA-00001", "Erro ao faturar", "Padaria", ANA, "MATA410");
    }
}
