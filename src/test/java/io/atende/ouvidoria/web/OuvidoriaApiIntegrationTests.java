package io.atende.ouvidoria.web;

import io.atende.ouvidoria.process.OuvidoriaProcess;
import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.atende.AtendeIntegrationTest;
import io.atende.ouvidoria.OuvidoriaDesk;
import java.util.List;
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

/** The Ouvidoria over HTTP (R13): escalation, refusals as Portuguese problem+json, following a case, phone recording. */
@AtendeIntegrationTest
class OuvidoriaApiIntegrationTests {

    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtimeService;

    @Test
    @DisplayName("R13: a contact escalates an own ticket (201) and follows the case")
    void escalatesAndFollowsCase() {
        String ticket = openTicket(ANA);

        ResponseEntity<JsonNode> created = post(ANA, "/api/ouvidoria",
                Map.of("ticketNumbers", List.of(ticket), "description", "Sem solução há semanas."));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String number = created.getBody().get("number").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/ouvidoria/" + number);
        JsonNode followed = get(ANA, "/api/ouvidoria/" + number).getBody();
        assertThat(followed.get("status").asText()).isEqualTo("ABERTA");
        assertThat(followed.get("ticketNumbers").get(0).asText()).isEqualTo(ticket);
        assertThat(followed.get("responseDueAt").asText()).endsWith("23:59:59-03:00");
        assertThat(get(JOAO, "/api/ouvidoria/" + number).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode history = get(ANA, "/api/tickets/" + ticket + "/history").getBody();
        assertThat(history.get(history.size() - 1).get("kind").asText()).isEqualTo("ESCALATED_TO_OUVIDORIA");
    }

    @Test
    @DisplayName("R13: without tickets, 400; another company's ticket, 404; both in Portuguese and leaving no instance")
    void refusesInvalidReferences() {
        long before = instances();

        ResponseEntity<JsonNode> none = post(ANA, "/api/ouvidoria", Map.of("description", "Quero reclamar."));
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(none.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(none.getBody().get("detail").asText()).contains("ticket anterior");
        assertThat(none.getBody().get("field").asText()).isEqualTo("ticketNumbers");

        ResponseEntity<JsonNode> foreign = post(ANA, "/api/ouvidoria",
                Map.of("ticketNumbers", List.of(openTicket(JOAO)), "description", "Quero reclamar."));
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody().get("detail").asText()).contains("não encontrado");

        ResponseEntity<JsonNode> noDescription = post(ANA, "/api/ouvidoria", Map.of("ticketNumbers", List.of(openTicket(ANA))));
        assertThat(noDescription.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noDescription.getBody().get("field").asText()).isEqualTo("description");
        assertThat(instances()).isEqualTo(before);
    }

    @Test
    @DisplayName("R13: the Ouvidoria team records a phone escalation; other teams may not")
    void ouvidoriaTeamRecordsPhoneEscalation() {
        Map<String, Object> body = Map.of("contactEmail", ANA, "occurrence", "Protocolo 123 de 10/11",
                "description", "Cliente ligou na opção 8.");

        ResponseEntity<JsonNode> recorded = post("agente-ouvidoria", "/api/admin/ouvidoria", body);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(recorded.getBody().get("channel").asText()).isEqualTo("TELEFONE");
        assertThat(get("agente-ouvidoria", "/api/admin/ouvidoria/" + recorded.getBody().get("number").asText())
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("agente-suporte-rm", "/api/admin/ouvidoria", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private String openTicket(String user) {
        return post(user, "/api/tickets", Map.of("type", "SUPORTE", "product", "PROTHEUS", "subject", "Falha",
                "description", "Erro ao gerar a nota.", "impact", "MEDIO", "urgency", "MEDIA"))
                .getBody().get("number").asText();
    }

    private long instances() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(OuvidoriaProcess.KEY).count();
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
