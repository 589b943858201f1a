package io.atende.survey.web;

import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.survey.SurveyFixtures;
import io.atende.ticket.TicketDesk;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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

/** The survey over HTTP (R21): invitation state, one answer, and each error's status and Portuguese detail. */
@AtendeIntegrationTest
class SurveyApiIntegrationTests {

    @Autowired TestRestTemplate http;
    @Autowired ProcessEngine engine;
    @Autowired TicketDesk tickets;
    @Autowired CustomerDirectory customers;

    @Test
    @DisplayName("R21: before closing there is no survey (GET 404, POST 409)")
    void noSurveyBeforeClosing() {
        String number = SurveyFixtures.resolvedTicket(engine, tickets, customers.byEmail(ANA).orElseThrow())
                .number().toString();

        assertThat(get(ANA, "/api/tickets/" + number + "/survey").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> early = post(ANA, "/api/tickets/" + number + "/survey", Map.of("answer", "BOM"));
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody().get("detail").asText()).contains("ainda não foi encerrado");
    }

    @Test
    @DisplayName("R21: the invited customer sees the question, answers once; errors are 400, 404 and 409")
    void answersOnceThroughTheApi() {
        String number = SurveyFixtures.resolvedTicket(engine, tickets, customers.byEmail(ANA).orElseThrow())
                .number().toString();
        assertThat(post(ANA, "/api/tickets/" + number + "/acceptance", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
        String path = "/api/tickets/" + number + "/survey";

        JsonNode invitation = get(ANA, path).getBody();
        assertThat(invitation.get("question").asText()).isEqualTo("Qual a sua avaliação sobre o suporte recebido?");
        assertThat(invitation.get("status").asText()).isEqualTo("CONVIDADO");
        assertThat(invitation.get("options").findValuesAsText("label"))
                .containsExactly("Bom, estou satisfeito", "Ruim, estou insatisfeito");
        assertThat(invitation.get("expiresAt").asText()).endsWith("-03:00");

        ResponseEntity<JsonNode> bad = post(ANA, path, Map.of("answer", "EXCELENTE"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(bad.getBody().get("detail").asText()).contains("BOM", "RUIM");
        assertThat(post(JOAO, path, Map.of("answer", "BOM")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(JOAO, path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> answered = post(ANA, path, Map.of("answer", "RUIM", "comment", "Demorou."));
        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answered.getBody().get("status").asText()).isEqualTo("RESPONDIDA");
        assertThat(answered.getBody().get("comment").asText()).isEqualTo("Demorou.");

        ResponseEntity<JsonNode> again = post(ANA, path, Map.of("answer", "BOM"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail").asText()).contains("já foi respondida");
        assertThat(get(ROBERTO, path).getBody().get("answer").asText()).isEqualTo("RUIM");
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
