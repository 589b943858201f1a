package io.atende.billing;

import io.atende.ticket.AnalysisOutcome;
import static io.atende.ticket.TicketFixtures.*;
import static io.atende.ticket.TicketProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.billing.internal.StatementCsv;
import io.atende.ticket.Channel;
import io.atende.ticket.Environment;
import io.atende.ticket.Impact;
import io.atende.ticket.Product;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketDraft;
import io.atende.ticket.TicketType;
import io.atende.ticket.Urgency;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * R10 end to end: time registered through the analyze-ticket form variables, priced on the
 * statements (staff and company administrator, CSV and HTML), and the IGP-M adjustment over HTTP.
 */
@AtendeIntegrationTest
class BillingIntegrationTests {

    @Autowired TestRestTemplate http;
    @Autowired TicketDesk desk;
    @Autowired ConsultingTime time;
    @Autowired CustomerDirectory customers;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;

    Customer roberto;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(brasilia("2026-10-14T11:00")));
        roberto = customers.byEmail(ROBERTO).orElseThrow();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R10: minutes, then start and stop, entered in the form are kept with author and instant and billed on the statements")
    void registersTimeFromTheFormAndBillsIt() {
        Ticket ticket = desk.open(roberto, consultingDraft("Como parametrizar <b>MATA410</b>?"), null);
        String number = ticket.number().toString();
        Task first = analysis(number);
        JsonNode formVariables = http.withBasicAuth("agente-suporte-protheus", "demo")
                .getForEntity("/engine-rest/task/" + first.getId() + "/form-variables", JsonNode.class).getBody();
        assertThat(formVariables.path(VIEW_BILLABLE.name()).path("value").asBoolean()).isTrue();

        // As Tasklist submits the Camunda Form: the agent's engine REST call, task not claimed.
        ResponseEntity<JsonNode> submitted = post("agente-suporte-protheus", "/engine-rest/task/" + first.getId()
                + "/submit-form", Map.of("variables", Map.of(
                        VAR_OUTCOME.name(), Map.of("value", AnalysisOutcome.REQUEST_INFORMATION.name()),
                        VAR_QUESTION.name(), Map.of("value", "Qual a versão?"),
                        "consultingMinutes", Map.of("value", 7, "type", "Long"))));
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtimeService.getVariable(first.getProcessInstanceId(), "consultingMinutes")).isNull();
        desk.reply(roberto, number, "12.1.2410");
        Task second = analysis(number);
        taskService.complete(second.getId(), Map.of(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(), "Siga o guia.",
                "consultingStartedAt", "2026-10-14T10:30-03:00", "consultingStoppedAt", "2026-10-14T10:50-03:00"));

        assertThat(time.of(ticket.number())).satisfiesExactly(
                e -> {
                    assertThat(e.getMinutes()).isEqualTo(20);
                    assertThat(e.getStartedAt()).isEqualTo(brasilia("2026-10-14T10:30"));
                    assertThat(e.getWorkedAt()).isEqualTo(brasilia("2026-10-14T10:30"));
                },
                e -> {
                    assertThat(e.getMinutes()).isEqualTo(7);
                    assertThat(e.getAuthor()).isEqualTo("agente-suporte-protheus");
                    assertThat(e.getRecordedAt()).isEqualTo(brasilia("2026-10-14T11:00"));
                });

        String csvLine = number + ";Como parametrizar <b>MATA410</b>?;27;27;250,00;2026-01-01;112,50";
        ResponseEntity<String> staffCsv = http.withBasicAuth("demo", "demo")
                .getForEntity("/api/admin/billing/statements/" + roberto.companyId() + "/2026-10.csv", String.class);
        assertThat(staffCsv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(staffCsv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(staffCsv.getBody()).startsWith("\uFEFF" + StatementCsv.HEADER).contains(csvLine);

        ResponseEntity<String> page = http.withBasicAuth(ROBERTO, "demo").getForEntity("/api/billing/statements/2026-10.html",
                String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Padaria Pão Quente Ltda", "outubro de 2026", "R$ 112,50", "R$ 250,00",
                "Como parametrizar &lt;b&gt;MATA410&lt;/b&gt;?").doesNotContain("<b>MATA410");
        assertThat(http.withBasicAuth(ROBERTO, "demo").getForEntity("/api/billing/statements/2026-10.csv", String.class)
                .getBody()).contains(csvLine);
    }

    @Test
    @DisplayName("R10: time on a ticket that is not Consultoria Telefônica, or minutes together with start/stop, is refused")
    void refusesTimeThatCannotBeBilled() {
        Ticket support = desk.open(roberto, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        Task task = analysis(support.number().toString());
        assertThat(taskService.getVariableLocal(task.getId(), VIEW_BILLABLE.name())).isEqualTo(false);
        assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(),
                VAR_SOLUTION.name(), "Ok.", "consultingMinutes", 5L)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("não é de Consultoria Telefônica");

        Ticket consulting = desk.open(roberto, consultingDraft("Dúvida"), null);
        Map<String, Object> both = new HashMap<>(Map.of(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(), "Ok.",
                "consultingMinutes", 5L, "consultingStartedAt", "2026-10-14T10:00-03:00",
                "consultingStoppedAt", "2026-10-14T10:05-03:00"));
        String consultingTask = analysis(consulting.number().toString()).getId();
        assertThatThrownBy(() -> taskService.complete(consultingTask, both))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("não os dois");
        assertThat(time.of(consulting.number())).isEmpty();
    }

    @Test
    @DisplayName("R10, R2: only the company's administrator reads its statement; a bad month is 400")
    void statementIsForTheCompanyAdministrator() {
        ResponseEntity<JsonNode> forbidden = http.withBasicAuth(ANA, "demo")
                .getForEntity("/api/billing/statements/2026-10.csv", JsonNode.class);
        assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forbidden.getBody().get("detail").asText()).contains("administrador");
        ResponseEntity<JsonNode> badMonth = http.withBasicAuth(ROBERTO, "demo")
                .getForEntity("/api/billing/statements/2026-13.html", JsonNode.class);
        assertThat(badMonth.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badMonth.getBody().get("detail").asText()).contains("AAAA-MM");
        assertThat(http.withBasicAuth("demo", "demo").getForEntity("/api/admin/billing/statements/999999/2026-10.csv",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth(ROBERTO, "demo").getForEntity("/api/admin/billing/rates", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @DisplayName("R10: an administrator applies a negative IGP-M; the new rate is derived from the previous and both are kept")
    void appliesIgpmThroughTheStaffApi() {
        ResponseEntity<JsonNode> created = post("demo", "/api/admin/billing/rates/igpm",
                Map.of("percent", "-2.10", "effectiveFrom", "2031-01-01"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("hourlyRate").asText()).isEqualTo("244.75");
        assertThat(created.getBody().get("igpmPercent").asText()).isEqualTo("-2.1");
        JsonNode rates = http.withBasicAuth("agente-cst", "demo").getForEntity("/api/admin/billing/rates", JsonNode.class)
                .getBody();
        assertThat(rates.findValuesAsText("hourlyRate")).containsSubsequence("250.00", "244.75");
        ResponseEntity<JsonNode> again = post("demo", "/api/admin/billing/rates/igpm",
                Map.of("percent", "3", "effectiveFrom", "2031-01-01"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("demo", "/api/admin/billing/rates/igpm", Map.of("percent", "-100", "effectiveFrom", "2032-01-01"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("agente-suporte-rm", "/api/admin/billing/rates/igpm",
                Map.of("percent", "3", "effectiveFrom", "2032-01-01")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static TicketDraft consultingDraft(String subject) {
        return new TicketDraft(TicketType.CONSULTORIA_TELEFONICA, Channel.TELEFONE, Product.PROTHEUS, "MATA410",
                "12.1.2410", Environment.PRODUCAO, subject, "Cliente pediu orientação por telefone.", Impact.BAIXO,
                Urgency.BAIXA);
    }

    private Task analysis(String number) {
        return taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(TASK_ANALYZE)
                .singleResult();
    }

    private ResponseEntity<JsonNode> post(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
    }
}
