package io.atende.team;

import static io.atende.ticket.TicketFixtures.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.Channel;
import io.atende.ticket.Product;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketFixtures;
import io.atende.ticket.TicketHistory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The staff pages answer their errors with Portuguese pages in the staff style, whatever the client accepts (a form
 * post, a script): never problem+json, the portal's pages or an English container page. A refused form writes
 * nothing.
 */
@AtendeIntegrationTest
class StaffErrorPagesIntegrationTests {

    @Autowired TicketDesk desk;
    @Autowired TicketHistory history;
    @Autowired CustomerDirectory customers;

    TestRestTemplate rest;
    Ticket ticket;

    @Autowired
    void noRedirects(TestRestTemplate rest) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @BeforeEach
    void aTicket() {
        ticket = desk.open(customers.byEmail(ANA).orElseThrow(), TicketFixtures.supportDraft(Channel.PORTAL,
                Product.PROTHEUS), null);
    }

    @Test
    void aNoteWithoutItsCsrfTokenIsRefusedOnAStaffPageAndWritesNothing() {
        HttpHeaders admin = json(WebappSession.signedInToTasklist(rest, "demo"));
        admin.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        int before = history.of(ticket).size();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("texto", "Nota sem o token do formulário.");

        ResponseEntity<String> refused = rest.exchange("/equipe/tickets/" + ticket.number() + "/notas", HttpMethod.POST,
                new HttpEntity<>(form, admin), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        Document page = staffPage(refused);
        assertThat(page.getElementById("sem-acesso").text()).contains("O formulário expirou")
                .contains("nada foi alterado");
        assertThat(history.of(ticket)).hasSize(before);
    }

    @Test
    void nobodySignedInGetsTheTasklistSignInPageEvenAskingForJson() {
        ResponseEntity<String> page = rest.exchange("/equipe/tickets/" + ticket.number(), HttpMethod.GET,
                new HttpEntity<>(json(new HttpHeaders())), String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(401);
        assertThat(staffPage(page).getElementById("entrar")).isNotNull();
    }

    @Test
    void anAgentWithoutTheGroupGetsTheOneRefusalPageSayingWhoMayEnter() {
        ResponseEntity<String> page = rest.exchange("/equipe/modelos", HttpMethod.GET,
                new HttpEntity<>(json(WebappSession.signedInToTasklist(rest, "agente-suporte-rm"))), String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(403);
        assertThat(staffPage(page).getElementById("sem-acesso").text()).contains("administradores do processo");
    }

    @Test
    void aMissingTicketAndAnUnknownAddressAreStaffPages() {
        HttpHeaders admin = json(WebappSession.signedInToTasklist(rest, "demo"));

        ResponseEntity<String> noTicket = rest.exchange("/equipe/tickets/99999999", HttpMethod.GET,
                new HttpEntity<>(admin), String.class);
        assertThat(noTicket.getStatusCode().value()).isEqualTo(404);
        assertThat(staffPage(noTicket).getElementById("nao-encontrado")).isNotNull();

        ResponseEntity<String> noPage = rest.exchange("/equipe/artigos/1/nao-existe", HttpMethod.GET,
                new HttpEntity<>(admin), String.class);
        assertThat(noPage.getStatusCode().value()).isEqualTo(404);
        assertThat(staffPage(noPage).getElementById("erro").text()).contains("não existe");
    }

    @Test
    void aBadParameterAndAWrongMethodAreStaffPages() {
        HttpHeaders admin = json(WebappSession.signedInToTasklist(rest, "demo"));

        ResponseEntity<String> badDate = rest.exchange("/equipe/painel?de=2026-13-01", HttpMethod.GET,
                new HttpEntity<>(admin), String.class);
        assertThat(badDate.getStatusCode().value()).isEqualTo(400);
        assertThat(staffPage(badDate).text()).contains("AAAA-MM-DD");

        withCsrfToken(admin);
        ResponseEntity<String> wrongMethod = rest.exchange("/equipe/artigos", HttpMethod.PUT, new HttpEntity<>(admin),
                String.class);
        assertThat(wrongMethod.getStatusCode().value()).isEqualTo(405);
        assertThat(staffPage(wrongMethod).getElementById("erro").text()).contains("405");
    }

    @Test
    void anUnreadableUploadIsAStaffPage() {
        HttpHeaders admin = withCsrfToken(json(WebappSession.signedInToTasklist(rest, "demo")));
        admin.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=limite"));
        byte[] body = ("--limite\r\nContent-Disposition: form-data; name=\"arquivo\"; filename=\"pacote\u0000.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\nPK\r\n--limite--\r\n").getBytes(StandardCharsets.ISO_8859_1);

        ResponseEntity<String> refused = rest.exchange("/equipe/downloads", HttpMethod.POST,
                new HttpEntity<>(body, admin), String.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(staffPage(refused).getElementById("erro").text()).contains("não pôde ser lido");
    }

    /** The session's CSRF token, as a script sends it (a header). */
    private HttpHeaders withCsrfToken(HttpHeaders session) {
        ResponseEntity<String> form = rest.exchange("/equipe/downloads", HttpMethod.GET, new HttpEntity<>(session),
                String.class);
        WebappSession.keepCookies(session, form);
        session.set("X-CSRF-TOKEN", Jsoup.parse(form.getBody()).selectFirst("input[name=_csrf]").val());
        return session;
    }

    /** A client that asks for JSON, as a script or a probe would. */
    private static HttpHeaders json(HttpHeaders headers) {
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }

    /** The answer is one of the staff pages, in Portuguese, not problem+json nor an English page. */
    private static Document staffPage(ResponseEntity<String> answer) {
        assertThat(answer.getHeaders().getContentType()).isNotNull();
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(answer.getBody()).contains("Atende · Equipe de atendimento").doesNotContain("Whitelabel")
                .doesNotContain("\"status\"").doesNotContain("Exception");
        Document page = Jsoup.parse(answer.getBody());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("pt-BR");
        return page;
    }
}
