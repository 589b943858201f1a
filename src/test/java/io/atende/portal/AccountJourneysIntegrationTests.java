package io.atende.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.atende.AtendeIntegrationTest;
import io.atende.account.Companies;
import io.atende.account.Company;
import io.atende.account.Offer;
import io.atende.portal.PortalFixtures.TestCompany;
import io.atende.portal.internal.AccountLinks;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** First access (R1), invitations and contacts over the API (R2), forgotten password (R3), the API description. */
@AtendeIntegrationTest
class AccountJourneysIntegrationTests {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired TestRestTemplate http;
    @Autowired ApplicationContext app;
    @Autowired Companies companies;
    @Autowired AccountLinks links;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R1: CST activates over the staff API; the e-mail carries the login and a link that works once")
    void staffActivationSendsSingleUseLink() {
        PortalMailbox.start(app);
        Company company = companies.save(new Company("Ativação API " + System.nanoTime(), Offer.PRIME, "RJ", "Niterói"));
        String email = "chefe" + company.getId() + "@ativacao.com.br";
        ResponseEntity<JsonNode> response = http.withBasicAuth("agente-cst", "demo").postForEntity(
                "/api/admin/companies/" + company.getId() + "/administrator/activation",
                Map.of("name", "Chefe", "email", email), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("email").asText()).isEqualTo(email);
        String link = PortalMailbox.linkSentTo(app, email, "/primeiro-acesso/");

        PortalClient client = new PortalClient(port);
        String csrf = client.csrfFrom(link);
        assertThat(client.post(link, csrf, "senha", email, "confirmacao", email).body())
                .contains("não pode ser o seu e-mail");
        assertThat(client.post(link, csrf, "senha", "curta", "confirmacao", "curta").body()).contains("pelo menos 12");
        assertThat(client.post(link, csrf, "senha", "um cavalo verde galopa", "confirmacao", "um cavalo verde galopa")
                .header("Location")).endsWith("/entrar?senha-definida");
        assertThat(client.get(link).body()).contains("já foi usado ou expirou");
        assertThat(new PortalClient(port).login(email, "um cavalo verde galopa").header("Location")).endsWith("/");
    }

    @Test
    @DisplayName("R1: the link expires")
    void linkExpires() {
        PortalMailbox.start(app);
        Company company = companies.save(new Company("Expira " + System.nanoTime(), Offer.PADRAO, "SP", "Santos"));
        String email = "expira" + company.getId() + "@teste.com.br";
        links.activateAdministrator(company.getId(), "Expira", email);
        String link = PortalMailbox.linkSentTo(app, email, "/primeiro-acesso/");
        ClockUtil.setCurrentTime(java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(73))));
        assertThat(new PortalClient(port).get(link).body()).contains("já foi usado ou expirou");
    }

    @Test
    @DisplayName("R3: known and unknown e-mails get the same answer; only the known, active one gets a reset link")
    void passwordResetDoesNotEnumerate() {
        PortalMailbox.start(app);
        TestCompany company = PortalFixtures.of(context).company(false);
        PortalClient client = new PortalClient(port);
        String known = client.post("/esqueci-senha", client.csrfFrom("/esqueci-senha"), "email", company.contact().email())
                .body();
        String unknown = client.post("/esqueci-senha", client.csrfFrom("/esqueci-senha"), "email",
                "ninguem" + company.id() + "@teste.com.br").body();
        assertThat(textOf(known)).isEqualTo(textOf(unknown)).contains("Se o e-mail informado for de um contato ativo");
        assertThat(PortalMailbox.countTo(app, "ninguem" + company.id() + "@teste.com.br")).isZero();
        String link = PortalMailbox.linkSentTo(app, company.contact().email(), "/redefinir-senha/");
        String csrf = client.csrfFrom(link);
        assertThat(client.post(link, csrf, "senha", "nova frase bem comprida", "confirmacao", "nova frase bem comprida")
                .header("Location")).endsWith("/entrar?senha-definida");
        assertThat(new PortalClient(port).login(company.contact().email(), "nova frase bem comprida").header("Location"))
                .endsWith("/");
    }

    @Test
    @DisplayName("R3: at most three reset e-mails per contact and hour, with the same answer every time")
    void resetRequestsAreLimited() {
        PortalMailbox.start(app);
        TestCompany company = PortalFixtures.of(context).company(false);
        PortalClient client = new PortalClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(client.post("/esqueci-senha", client.csrfFrom("/esqueci-senha"), "email", company.admin().email())
                    .body()).contains("Se o e-mail informado for de um contato ativo");
        }
        PortalMailbox.linkSentTo(app, company.admin().email(), "/redefinir-senha/");
        org.awaitility.Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> PortalMailbox.countTo(app, company.admin().email()) == 3);
    }

    @Test
    @DisplayName("R2 API: the administrator invites, lists (paginated), edits and deactivates; never the last administrator")
    void contactsApi() {
        PortalMailbox.start(app);
        TestCompany company = PortalFixtures.of(context).company(false);
        TestRestTemplate admin = http.withBasicAuth(company.admin().email(), PortalFixtures.PASSWORD);
        String email = "novo" + company.id() + "@teste.com.br";
        ResponseEntity<JsonNode> invited = admin.postForEntity("/api/contacts", Map.of("name", "Carlos", "email", email),
                JsonNode.class);
        assertThat(invited.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = invited.getBody().get("id").asLong();
        assertThat(PortalMailbox.linkSentTo(app, email, "/primeiro-acesso/")).isNotBlank();

        JsonNode page = admin.getForObject("/api/contacts?size=2&page=0", JsonNode.class);
        assertThat(page.get("content")).hasSize(2);
        assertThat(page.get("totalElements").asInt()).isEqualTo(3);

        JsonNode updated = admin.exchange("/api/contacts/" + id, HttpMethod.PUT,
                new HttpEntity<>(Map.of("name", "Carlos Souza", "administrator", true)), JsonNode.class).getBody();
        assertThat(updated.get("name").asText()).isEqualTo("Carlos Souza");
        assertThat(updated.get("administrator").asBoolean()).isTrue();

        ResponseEntity<JsonNode> duplicate = admin.postForEntity("/api/contacts",
                Map.of("name", "X", "email", company.contact().email()), JsonNode.class);
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(duplicate.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(duplicate.getBody().get("detail").asText()).contains("já é de um contato ativo da sua empresa");

        // issue 12: another company's contact is not disclosed (neither that the address is known nor whose it is)
        TestCompany other = PortalFixtures.of(context).company(false);
        ResponseEntity<JsonNode> foreign = admin.postForEntity("/api/contacts",
                Map.of("name", "X", "email", other.contact().email()), JsonNode.class);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(foreign.getBody().toString()).doesNotContain("outra empresa", "já existe", "Já existe", "pertence",
                other.name());
        assertThat(foreign.getBody().get("detail").asText()).contains("Não é possível cadastrar o e-mail");
        assertThat(admin.getForObject("/api/contacts?size=50", JsonNode.class).get("content").toString())
                .doesNotContain(other.contact().email());

        assertThat(admin.postForEntity("/api/contacts/" + id + "/deactivation", null, JsonNode.class).getBody()
                .get("active").asBoolean()).isFalse();
        ResponseEntity<JsonNode> last = admin.postForEntity("/api/contacts/" + company.admin().contactId()
                + "/deactivation", null, JsonNode.class);
        assertThat(last.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(last.getBody().get("detail").asText()).contains("último administrador");
        assertThat(http.withBasicAuth(email, "qualquer").getForEntity("/api/tickets", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @DisplayName("The OpenAPI description documents tickets, contacts, staff activation and problem+json errors")
    void openApiDescribesTheApi() {
        JsonNode api = http.getForObject("/v3/api-docs", JsonNode.class);
        assertThat(api.get("paths").has("/api/contacts")).isTrue();
        assertThat(api.get("paths").has("/api/tickets")).isTrue();
        assertThat(api.get("paths").has("/api/admin/companies/{companyId}/administrator/activation")).isTrue();
        assertThat(api.get("paths").has("/tickets/novo")).isFalse();
        assertThat(api.get("components").get("schemas").has("Problem")).isTrue();
        assertThat(api.get("paths").get("/api/contacts").get("get").get("responses").get("404").get("content")
                .has("application/problem+json")).isTrue();
    }

    @Test
    @DisplayName("R2: a contact deactivated while logged in loses the session at the next page")
    void deactivatedWhileLoggedIn() {
        TestCompany company = PortalFixtures.of(context).company(false);
        PortalClient ana = PortalClient.loggedIn(port, company.contact().email(), PortalFixtures.PASSWORD);
        assertThat(ana.get("/").statusCode()).isEqualTo(200);
        PortalClient admin = PortalClient.loggedIn(port, company.admin().email(), PortalFixtures.PASSWORD);
        admin.post("/contatos/" + company.contact().contactId() + "/desativar", admin.csrfFrom("/contatos"));
        assertThat(ana.get("/tickets/novo").header("Location")).endsWith("/entrar?desativado");
        assertThat(ana.get("/").header("Location")).endsWith("/entrar");
    }

    private static String textOf(String html) {
        return org.jsoup.Jsoup.parse(html).select("main").text();
    }

}
