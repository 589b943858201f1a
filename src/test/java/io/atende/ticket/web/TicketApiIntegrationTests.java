package io.atende.ticket.web;

import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.atende.AtendeIntegrationTest;
import io.atende.account.Companies;
import io.atende.account.Contact;
import io.atende.account.Contacts;
import io.atende.ticket.Tickets;
import io.atende.ticket.TicketProcess;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The customer ticket API over HTTP: happy paths, every error's status and message, company isolation. */
@AtendeIntegrationTest
class TicketApiIntegrationTests {

    @Autowired TestRestTemplate http;
    @Autowired Tickets tickets;
    @Autowired RuntimeService runtimeService;
    @Autowired Contacts contacts;
    @Autowired Companies companies;
    @Autowired PasswordEncoder passwordEncoder;

    static Map<String, Object> ticketJson() {
        return Map.of("type", "SUPORTE", "product", "PROTHEUS", "routine", "MATA410", "version", "12.1.2410",
                "environment", "PRODUCAO", "subject", "Faturamento falha", "description", "Erro ao gerar a nota.",
                "impact", "ALTO", "urgency", "MEDIA");
    }

    @Test
    @DisplayName("R16, R20: opening returns 201 with number, status, classification, team and SLA due")
    void opensTicket() {
        ResponseEntity<JsonNode> response = post(ANA, "/api/tickets", ticketJson());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = response.getBody();
        assertThat(body.get("number").asText()).matches("\\d{8}");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/tickets/" + body.get("number").asText());
        assertThat(body.get("status").asText()).isEqualTo("ABERTO");
        assertThat(body.get("priority").asText()).isEqualTo("ALTO");
        assertThat(body.get("team").asText()).isEqualTo("suporte-protheus");
        assertThat(body.get("slaDueAt").asText()).endsWith("-03:00");
        assertThat(body.get("openedAt").asText()).isNotBlank();
        assertThat(body.has("closedAt")).isFalse();
    }

    @Test
    @DisplayName("R19: a follow-up links to its parent and shows the parent's history as inherited")
    void followUpInheritsParentHistory() {
        String parent = post(ANA, "/api/tickets", ticketJson()).getBody().get("number").asText();
        Map<String, Object> followUp = new java.util.HashMap<>(ticketJson());
        followUp.put("parentNumber", parent);

        JsonNode child = post(ANA, "/api/tickets", followUp).getBody();
        assertThat(child.get("parentNumber").asText()).isEqualTo(parent);

        JsonNode history = get(ANA, "/api/tickets/" + child.get("number").asText() + "/history").getBody();
        assertThat(history.get(0).get("inherited").asBoolean()).isTrue();
        assertThat(history.get(0).get("inheritedFrom").asText()).isEqualTo(parent);
        assertThat(history.get(history.size() - 1).get("inherited").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("A bad enum value is refused with 400 naming the valid values, and leaves nothing behind")
    void refusesBadEnumNamingValidValues() {
        Map<String, Object> json = new java.util.HashMap<>(ticketJson());
        json.put("impact", "ENORME");
        long rows = tickets.count();
        long instances = instances();

        ResponseEntity<JsonNode> response = post(ANA, "/api/tickets", json);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("detail").asText()).contains("ALTO, MEDIO, BAIXO");
        assertThat(response.getBody().get("field").asText()).isEqualTo("impact");
        assertThat(tickets.count()).isEqualTo(rows);
        assertThat(instances()).isEqualTo(instances);
    }

    @Test
    @DisplayName("A missing required field is named in the 400")
    void refusesMissingFieldNamingIt() {
        Map<String, Object> json = new java.util.HashMap<>(ticketJson());
        json.remove("subject");

        ResponseEntity<JsonNode> response = post(ANA, "/api/tickets", json);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("detail").asText()).contains("'subject'").contains("obrigatório");
    }

    @Test
    @DisplayName("R4: a company with a financial pendency is refused with 403 and told to regularize with CST")
    void refusesBlockedCompany() {
        long rows = tickets.count();
        long instances = instances();

        ResponseEntity<JsonNode> response = post(MARIA, "/api/tickets", ticketJson());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("detail").asText()).contains("CST").contains("4003-0015");
        assertThat(tickets.count()).isEqualTo(rows);
        assertThat(instances()).isEqualTo(instances);
    }

    @Test
    @DisplayName("R4: a blocked company may still open an ADMINISTRATIVO ticket to CST to regularize")
    void blockedCompanyMayTalkToCst() {
        Map<String, Object> json = Map.of("type", "ADMINISTRATIVO", "subject", "Boleto vencido",
                "description", "Quero regularizar.", "impact", "MEDIO", "urgency", "MEDIA");

        ResponseEntity<JsonNode> response = post(MARIA, "/api/tickets", json);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().get("team").asText()).isEqualTo("cst");
    }

    @Test
    @DisplayName("R2: a contact sees their own tickets, the administrator the company's, another company nobody's (404)")
    void isolatesCompaniesAndContacts() {
        String number = post(ANA, "/api/tickets", ticketJson()).getBody().get("number").asText();
        String colleague = colleagueOfAna();

        assertThat(get(ANA, "/api/tickets/" + number).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(ROBERTO, "/api/tickets/" + number).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(colleague, "/api/tickets/" + number).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> foreign = get(JOAO, "/api/tickets/" + number);
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(get(JOAO, "/api/tickets/" + number + "/history").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(JOAO, "/api/tickets/" + number + "/replies", Map.of("text", "oi")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(JOAO, "/api/tickets/" + number + "/contestation", Map.of("reason", "x")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(JOAO, "/api/tickets/" + number + "/acceptance", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(ROBERTO, "/api/tickets").getBody().get("content").toString()).contains(number);
        assertThat(get(JOAO, "/api/tickets").getBody().get("content").toString()).doesNotContain(number);
    }

    @Test
    @DisplayName("R19: a follow-up of another company's ticket is refused with the same 404 as reading it")
    void refusesFollowUpOfForeignTicket() {
        String number = post(ANA, "/api/tickets", ticketJson()).getBody().get("number").asText();
        Map<String, Object> json = new java.util.HashMap<>(ticketJson());
        json.put("parentNumber", number);
        long before = tickets.count();

        ResponseEntity<JsonNode> response = post(JOAO, "/api/tickets", json);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("detail")).isEqualTo(get(JOAO, "/api/tickets/" + number).getBody().get("detail"));
        assertThat(tickets.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("R2, R19: a plain contact cannot follow up a colleague's ticket (its history and files would leak)")
    void refusesFollowUpOfColleaguesTicket() {
        String number = post(ROBERTO, "/api/tickets", ticketJson()).getBody().get("number").asText();
        Map<String, Object> json = new java.util.HashMap<>(ticketJson());
        json.put("parentNumber", number);
        long before = tickets.count();
        long instances = runtimeService.createProcessInstanceQuery().count();

        ResponseEntity<JsonNode> response = post(ANA, "/api/tickets", json);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().get("detail")).isEqualTo(get(ANA, "/api/tickets/" + number).getBody().get("detail"));
        assertThat(tickets.count()).isEqualTo(before);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
        // the administrator may: the company's tickets are theirs to follow up
        Map<String, Object> own = new java.util.HashMap<>(ticketJson());
        own.put("parentNumber", number);
        assertThat(post(ROBERTO, "/api/tickets", own).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    @DisplayName("R18: accepting or contesting a ticket without a pending proposal answers 409")
    void refusesVerdictWithoutProposal() {
        String number = post(ANA, "/api/tickets", ticketJson()).getBody().get("number").asText();

        ResponseEntity<JsonNode> contest = post(ANA, "/api/tickets/" + number + "/contestation", Map.of("reason", "x"));
        assertThat(contest.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post(ANA, "/api/tickets/" + number + "/acceptance", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(post(ANA, "/api/tickets/" + number + "/contestation", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    @DisplayName("The API answers only authenticated, active contacts")
    void refusesAnonymousAndWrongPassword() {
        assertThat(http.getForEntity("/api/tickets/10000001", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth(ANA, "errada").getForEntity("/api/tickets", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @DisplayName("R2: a password the API remembers stops working at once when the contact is deactivated or changes it")
    void rememberedPasswordDoesNotOutliveDeactivationOrChange() {
        String email = "bruna@paoquente.com.br";
        Contact contact = contacts.findByEmail(email).orElseGet(() -> new Contact(
                companies.findByName("Padaria Pão Quente Ltda").orElseThrow(), "Bruna", email, false));
        contact.setPasswordHash(passwordEncoder.encode("senha-antiga-1"));
        contact.activate();
        contacts.save(contact);
        assertThat(http.withBasicAuth(email, "senha-antiga-1").getForEntity("/api/tickets", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth(email, "senha-antiga-1").getForEntity("/api/tickets", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        Contact deactivated = contacts.findByEmail(email).orElseThrow();
        deactivated.deactivate();
        contacts.save(deactivated);
        assertThat(http.withBasicAuth(email, "senha-antiga-1").getForEntity("/api/tickets", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        Contact changed = contacts.findByEmail(email).orElseThrow();
        changed.activate();
        changed.setPasswordHash(passwordEncoder.encode("senha-nova-2"));
        contacts.save(changed);
        assertThat(http.withBasicAuth(email, "senha-antiga-1").getForEntity("/api/tickets", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth(email, "senha-nova-2").getForEntity("/api/tickets", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private String colleagueOfAna() {
        String email = "carlos@paoquente.com.br";
        if (contacts.findByEmail(email).isEmpty()) {
            Contact contact = new Contact(companies.findByName("Padaria Pão Quente Ltda").orElseThrow(), "Carlos",
                    email, false);
            contact.setPasswordHash(passwordEncoder.encode("demo"));
            contacts.save(contact);
        }
        return email;
    }

    private long instances() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(TicketProcess.KEY).count();
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }
}
