package io.atende.sla.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.atende.AtendeIntegrationTest;
import io.atende.sla.HolidayOnCall;
import io.atende.sla.internal.OnCallEdit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
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

/** The on-call (plantão) admin API: who may use it, what it refuses, and its effect on due dates (R15). */
@AtendeIntegrationTest
class HolidayOnCallApiIntegrationTests {

    /** Tiradentes, Wednesday 21 Apr 2027: a national holiday no other test uses. */
    static final String TIRADENTES = "2027-04-21";
    static final String URL = "/api/admin/on-call/suporte/" + TIRADENTES;
    /** Tue 20 Apr 2027 18:00 Brasília + 3 business hours of Suporte. */
    static final String DUE_DATE = "/api/business-calendar/due-date?calendar=suporte&state=SP&city=S%C3%A3o%20Paulo"
            + "&start=2027-04-20T18:00:00-03:00&businessHours=3";

    @Autowired TestRestTemplate http;
    @Autowired HolidayOnCall onCall;

    @AfterEach
    void withdrawEverything() {
        for (String calendar : onCall.holidayCalendars()) {
            onCall.list(calendar, null).forEach(duty -> onCall.withdraw(calendar, duty.day(),
                    OnCallEdit.unchecked("demo", "Demo", "Limpeza do teste")));
        }
    }

    @Test
    @DisplayName("Only administrators and CST may read or change plantões; customers and other teams may not")
    void requiresAdministratorOrCst() {
        Map<String, Object> body = Map.of("hours", List.of("08:00-12:00"));
        assertThat(exchange(null, HttpMethod.PUT, URL, body).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange("ana@paoquente.com.br", HttpMethod.PUT, URL, body).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange("agente-suporte-rm", HttpMethod.PUT, URL, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange("agente-suporte-rm", HttpMethod.GET, "/api/admin/on-call/suporte", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(exchange("agente-cst", HttpMethod.PUT, URL, body).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(exchange("demo", HttpMethod.GET, URL, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("R15: a published plantão counts as business time at once; withdrawing it restores the due date")
    void plantaoMovesTheDueDate() {
        // Without plantão: Tuesday 18–19 (1h), Tiradentes off, Thursday 07:00 + 2h = 09:00.
        assertThat(dueAt()).isEqualTo("2027-04-22T09:00:00-03:00");

        ResponseEntity<JsonNode> put = exchange("demo", HttpMethod.PUT, URL,
                Map.of("hours", List.of("13:00-17:00", "08:00-12:00"), "note", "Plantão de Tiradentes"));

        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(put.getBody().get("calendarId").asText()).isEqualTo("suporte");
        assertThat(put.getBody().get("day").asText()).isEqualTo(TIRADENTES);
        assertThat(put.getBody().get("hours")).extracting(JsonNode::asText).containsExactly("08:00-12:00", "13:00-17:00");
        assertThat(put.getBody().get("updatedBy").asText()).isEqualTo("demo");
        // With plantão: Tuesday 18–19 (1h), Tiradentes 08:00 + 2h = 10:00.
        assertThat(dueAt()).isEqualTo("2027-04-21T10:00:00-03:00");

        JsonNode listed = exchange("demo", HttpMethod.GET, "/api/admin/on-call/suporte?year=2027", null).getBody();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("note").asText()).isEqualTo("Plantão de Tiradentes");

        assertThat(exchange("demo", HttpMethod.DELETE, URL, null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(dueAt()).isEqualTo("2027-04-22T09:00:00-03:00");
        assertThat(exchange("demo", HttpMethod.GET, URL, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange("demo", HttpMethod.DELETE, URL, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @DisplayName("A second PUT replaces the day's hours")
    void putReplacesTheDay() {
        exchange("demo", HttpMethod.PUT, URL, Map.of("hours", List.of("08:00-12:00")));
        exchange("demo", HttpMethod.PUT, URL, Map.of("hours", List.of("07:00-08:00")));

        // Tuesday 18–19 (1h), Tiradentes 07–08 (1h), Thursday 07:00 + 1h = 08:00.
        assertThat(dueAt()).isEqualTo("2027-04-22T08:00:00-03:00");
        assertThat(onCall.list("suporte", 2027)).singleElement()
                .satisfies(duty -> assertThat(duty.hours()).containsExactly("07:00-08:00"));
    }

    @Test
    @DisplayName("Invalid requests are 400/404 problem+json naming the field and what to send")
    void refusesInvalidRequests() {
        assertProblem(exchange("demo", HttpMethod.PUT, URL, Map.of("hours", List.of("12:00-08:00"))),
                HttpStatus.BAD_REQUEST, "está invertido", "hours");
        assertProblem(exchange("demo", HttpMethod.PUT, URL, Map.of("hours", List.of("08:00-12:00", "11:00-14:00"))),
                HttpStatus.BAD_REQUEST, "se sobrepõe", "hours");
        assertProblem(exchange("demo", HttpMethod.PUT, URL, Map.of("hours", List.of("8h-12h"))),
                HttpStatus.BAD_REQUEST, "Não foi possível ler", "hours");
        assertProblem(exchange("demo", HttpMethod.PUT, URL, Map.of("note", "sem horas")),
                HttpStatus.BAD_REQUEST, "Informe de 1 a 12 intervalos", "hours");
        assertProblem(exchange("demo", HttpMethod.PUT, URL, Map.of("hours", List.of("08:00-12:00"), "note", "x".repeat(201))),
                HttpStatus.BAD_REQUEST, "no máximo 200", "note");
        assertProblem(exchange("demo", HttpMethod.PUT, "/api/admin/on-call/suporte/21-04-2027",
                Map.of("hours", List.of("08:00-12:00"))), HttpStatus.BAD_REQUEST, "use AAAA-MM-DD", "date");
        assertProblem(exchange("demo", HttpMethod.PUT, "/api/admin/on-call/cloud/" + TIRADENTES,
                Map.of("hours", List.of("08:00-12:00"))), HttpStatus.BAD_REQUEST, "já trabalha nos feriados", "calendarId");
        assertProblem(exchange("demo", HttpMethod.PUT, "/api/admin/on-call/plantao/" + TIRADENTES,
                Map.of("hours", List.of("08:00-12:00"))), HttpStatus.NOT_FOUND, "não existe", null);
        assertThat(onCall.list("suporte", null)).isEmpty();
    }

    @Test
    @DisplayName("GET /api/admin/on-call lists the calendars that stop on holidays")
    void listsCalendarsThatTakePlantao() {
        JsonNode calendars = exchange("demo", HttpMethod.GET, "/api/admin/on-call", null).getBody();

        assertThat(calendars).extracting(JsonNode::asText).contains("suporte", "cst", "prime", "fly01-varejo")
                .doesNotContain("cloud", "prime-24x7");
        assertThat(onCall.find("suporte", LocalDate.parse(TIRADENTES))).isEmpty();
    }

    private String dueAt() {
        return http.getForObject(DUE_DATE, JsonNode.class).get("dueAt").asText();
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String detail, String field) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("detail").asText()).contains(detail);
        if (field != null) {
            assertThat(response.getBody().get("field").asText()).isEqualTo(field);
        }
    }

    private ResponseEntity<JsonNode> exchange(String user, HttpMethod method, String url, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
        return client.exchange(url, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
