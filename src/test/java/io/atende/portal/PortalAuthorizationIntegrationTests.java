package io.atende.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.portal.PortalFixtures.TestCompany;
import io.atende.ticket.Attachment;
import io.atende.ticket.NewAttachment;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketAttachments;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketFixtures;
import io.atende.ticket.Impact;
import io.atende.ticket.Urgency;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Walks every portal page and API route as each role — a contact, the company's administrator,
 * another company's contact and administrator, anonymous — and asserts who may see what. Another
 * company's data is always 404 (never 403, which would confirm it exists).
 */
@AtendeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PortalAuthorizationIntegrationTests {

    static final String ANON = "anônimo";
    static final String CONTACT = "contato";
    static final String ADMIN = "administrador";
    static final String OTHER = "contato de outra empresa";
    static final String OTHER_ADMIN = "administrador de outra empresa";

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired TicketDesk desk;
    @Autowired TicketAttachments attachments;
    @Autowired TestRestTemplate http;

    TestCompany mine;
    TestCompany other;
    String contactTicket;
    String adminTicket;
    long attachmentId;
    Map<String, PortalClient> sessions = new LinkedHashMap<>();
    Map<String, String> logins = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        PortalFixtures fixtures = PortalFixtures.of(context);
        mine = fixtures.company(false);
        other = fixtures.company(false);
        Ticket ticket = desk.open(mine.contact(), TicketFixtures.supportDraft(Impact.MEDIO, Urgency.MEDIA), null,
                List.of(new NewAttachment("log.txt", "text/plain",
                        () -> new ByteArrayInputStream("erro".getBytes(StandardCharsets.UTF_8)))));
        contactTicket = ticket.number().toString();
        adminTicket = fixtures.open(mine.admin(), "Do administrador", "Só ele e quem administra veem.").number().toString();
        List<Attachment> files = attachments.list(mine.contact(), contactTicket);
        attachmentId = files.get(0).getId();
        logins.put(CONTACT, mine.contact().email());
        logins.put(ADMIN, mine.admin().email());
        logins.put(OTHER, other.contact().email());
        logins.put(OTHER_ADMIN, other.admin().email());
        sessions.put(ANON, new PortalClient(port));
        logins.forEach((role, email) -> sessions.put(role, PortalClient.loggedIn(port, email, PortalFixtures.PASSWORD)));
    }

    /** A route and the status each role gets (302 = sent to the login page). */
    record Route(String path, Map<String, Integer> expected) {
    }

    static Map<String, Integer> statuses(int anon, int contact, int admin, int other, int otherAdmin) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put(ANON, anon);
        map.put(CONTACT, contact);
        map.put(ADMIN, admin);
        map.put(OTHER, other);
        map.put(OTHER_ADMIN, otherAdmin);
        return map;
    }

    @Test
    @DisplayName("Portal pages: own tickets for a contact, the company's for its administrator, 404 for other companies")
    void pagesAsEachRole() {
        long ana = mine.contact().contactId();
        List<Route> routes = List.of(
                new Route("/", statuses(302, 200, 200, 200, 200)),
                new Route("/tickets/novo", statuses(302, 200, 200, 200, 200)),
                new Route("/tickets/" + contactTicket, statuses(302, 200, 200, 404, 404)),
                new Route("/tickets/" + adminTicket, statuses(302, 404, 200, 404, 404)),
                new Route("/tickets/" + contactTicket + "/anexos/" + attachmentId, statuses(302, 200, 200, 404, 404)),
                new Route("/tickets/" + adminTicket + "/anexos/" + attachmentId, statuses(302, 404, 404, 404, 404)),
                new Route("/tickets/" + contactTicket + "/pesquisa", statuses(302, 200, 200, 404, 404)),
                new Route("/tickets/novo?acompanhamento=" + contactTicket, statuses(302, 200, 200, 404, 404)),
                new Route("/ouvidoria", statuses(302, 200, 200, 200, 200)),
                new Route("/contatos", statuses(302, 403, 200, 403, 200)),
                new Route("/contatos/novo", statuses(302, 403, 200, 403, 200)),
                new Route("/contatos/" + ana, statuses(302, 403, 200, 403, 404)),
                new Route("/entrar", statuses(200, 302, 302, 302, 302)),
                new Route("/esqueci-senha", statuses(200, 200, 200, 200, 200)),
                new Route("/actuator/health", statuses(200, 200, 200, 200, 200)),
                new Route("/actuator/metrics", statuses(401, 401, 401, 401, 401)));
        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            route.expected().forEach((role, status) -> {
                int actual = sessions.get(role).get(route.path()).statusCode();
                if (actual != status) {
                    wrong.add(role + " GET " + route.path() + ": expected " + status + ", got " + actual);
                }
            });
        }
        assertThat(wrong).isEmpty();
        assertThat(sessions.get(CONTACT).page("/").text()).contains(contactTicket).doesNotContain(adminTicket);
        assertThat(sessions.get(ADMIN).page("/").text()).contains(contactTicket, adminTicket);
        assertThat(sessions.get(OTHER_ADMIN).page("/").text()).doesNotContain(contactTicket, adminTicket);
        assertThat(sessions.get(OTHER_ADMIN).page("/contatos").text()).doesNotContain(mine.contact().email());
    }

    @Test
    @DisplayName("Forced actions on another company's ticket or contact are 404 and change nothing")
    void forcedActionsAreNotFound(CapturedOutput log) {
        PortalClient stranger = sessions.get(OTHER_ADMIN);
        String csrf = stranger.csrfFrom("/tickets/novo");
        assertThat(stranger.post("/tickets/" + contactTicket + "/respostas", csrf, "texto", "olá").statusCode()).isEqualTo(404);
        assertThat(stranger.post("/tickets/" + contactTicket + "/aceite", csrf).statusCode()).isEqualTo(404);
        assertThat(stranger.post("/tickets/" + contactTicket + "/contestacao", csrf, "motivo", "x").statusCode()).isEqualTo(404);
        assertThat(stranger.post("/contatos/" + mine.contact().contactId() + "/desativar", csrf).statusCode()).isEqualTo(404);
        assertThat(stranger.post("/contatos/" + mine.contact().contactId(), csrf, "nome", "Hacker").statusCode()).isEqualTo(404);
        PortalClient contact = sessions.get(CONTACT);
        assertThat(contact.post("/contatos/" + mine.admin().contactId() + "/desativar", contact.csrfFrom("/tickets/novo"))
                .statusCode()).isEqualTo(403);
        assertThat(sessions.get(ADMIN).page("/contatos").text()).contains(mine.contact().contactName())
                .doesNotContain("Hacker");
        assertThat(desk.history(mine.contact(), contactTicket)).noneMatch(h -> "olá".equals(h.text()));
        assertThat(log.getOut()).contains("Contact " + other.admin().contactId() + " of company " + other.id()
                + " tried to reach ticket " + contactTicket + " of company " + mine.id())
                .contains("tried to reach contact " + mine.contact().contactId() + " of company " + mine.id());
    }

    @Test
    @DisplayName("API: tickets, attachments and contacts as each role; staff activation only for CST and process administrators")
    void apiAsEachRole() {
        long ana = mine.contact().contactId();
        Map<String, Map<String, Integer>> routes = new LinkedHashMap<>();
        routes.put("/api/tickets", statuses(401, 200, 200, 200, 200));
        routes.put("/api/tickets/" + contactTicket, statuses(401, 200, 200, 404, 404));
        routes.put("/api/tickets/" + adminTicket, statuses(401, 404, 200, 404, 404));
        routes.put("/api/tickets/" + contactTicket + "/history", statuses(401, 200, 200, 404, 404));
        routes.put("/api/tickets/" + contactTicket + "/attachments", statuses(401, 200, 200, 404, 404));
        routes.put("/api/tickets/" + contactTicket + "/attachments/" + attachmentId, statuses(401, 200, 200, 404, 404));
        routes.put("/api/contacts", statuses(401, 403, 200, 403, 200));
        routes.put("/api/contacts/" + ana, statuses(401, 403, 200, 403, 404));
        List<String> wrong = new ArrayList<>();
        routes.forEach((path, expected) -> expected.forEach((role, status) -> {
            int actual = api(role, HttpMethod.GET, path, null).getStatusCode().value();
            if (actual != status) {
                wrong.add(role + " GET " + path + ": expected " + status + ", got " + actual);
            }
        }));
        assertThat(wrong).isEmpty();
        assertThat(api(OTHER_ADMIN, HttpMethod.POST, "/api/contacts/" + ana + "/deactivation", null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(api(OTHER_ADMIN, HttpMethod.GET, "/api/contacts", null).getBody()).doesNotContain(mine.contact().email());

        String activation = "/api/admin/companies/" + mine.id() + "/administrator/activation";
        Map<String, String> body = Map.of("name", "Novo Admin", "email", "novo" + mine.id() + "@teste.com.br");
        assertThat(staff(null, null, activation, body)).isEqualTo(401);
        assertThat(staff(mine.admin().email(), PortalFixtures.PASSWORD, activation, body)).isEqualTo(401);
        assertThat(staff("agente-suporte-protheus", "demo", activation, body)).isEqualTo(403);
        assertThat(staff("agente-cst", "demo", activation, body)).isEqualTo(201);
    }

    private org.springframework.http.ResponseEntity<String> api(String role, HttpMethod method, String path, Object body) {
        TestRestTemplate client = role.equals(ANON) ? http : http.withBasicAuth(logins.get(role), PortalFixtures.PASSWORD);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private int staff(String user, String password, String path, Object body) {
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, password);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class).getStatusCode().value();
    }
}
