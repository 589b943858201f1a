package io.atende.ticket;

import static io.atende.ticket.TicketFixtures.*;
import static io.atende.ticket.TicketProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 15, R17, R20: while the team waits for the customer, the ticket is a task "Aguardar resposta do cliente" in the
 * team's Tasklist filter "Aguardando cliente" — without an SLA due date. The customer's reply ends it and the analysis
 * resumes; the team may also resume without the reply, saying why.
 */
@AtendeIntegrationTest
class AwaitCustomerProcessTests {

    static final String AGENT = "agente-suporte-protheus";
    static final String RM_AGENT = "agente-suporte-rm";
    static final int RACES = Integer.getInteger("atende.await.races", 10);

    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired Tickets tickets;
    @Autowired CustomerDirectory customers;
    @Autowired TestRestTemplate http;

    Customer ana;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(brasilia("2026-11-30T10:00")));
        ana = customers.byEmail(ANA).orElseThrow();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("asking the customer offers 'Aguardar resposta do cliente' to the team, listed in its filter only")
    void waitingTicketIsListedInTheTeamsFilter() {
        ProcessInstance instance = askCustomer();
        Task waiting = task(instance);

        assertThat(waiting).hasDefinitionKey(TASK_AWAIT_CUSTOMER).hasCandidateGroup("suporte-protheus");
        org.assertj.core.api.Assertions.assertThat(waiting.getDueDate()).as("R20: waiting never counts").isNull();
        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariable(waiting.getId(), VAR_QUESTION.name()))
                .isEqualTo("Qual a série da nota?");
        org.assertj.core.api.Assertions.assertThat(filtered("Aguardando cliente", AGENT)).extracting(Task::getId)
                .contains(waiting.getId());
        org.assertj.core.api.Assertions.assertThat(filtered("Aguardando cliente", RM_AGENT)).extracting(Task::getId)
                .doesNotContain(waiting.getId());
        org.assertj.core.api.Assertions.assertThat(filtered("SLA vencido", AGENT)).extracting(Task::getId)
                .doesNotContain(waiting.getId());
    }

    @Test
    @DisplayName("R17, R20: the customer's reply ends the waiting task and the analysis resumes with a new target")
    void replyEndsTheWaitingTask() {
        ProcessInstance instance = askCustomer();
        String waiting = task(instance).getId();

        desk.reply(ana, instance.getBusinessKey(), "Série 1.");

        assertThat(instance).hasPassed("Event_CustomerReplied", "Task_RestartSla").isWaitingAt(TASK_ANALYZE);
        org.assertj.core.api.Assertions.assertThat(filtered("Aguardando cliente", AGENT)).extracting(Task::getId)
                .doesNotContain(waiting);
        org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate()).isNotNull();
    }

    @Test
    @DisplayName("completing the waiting task without a reason is refused and changes nothing")
    void resumingWithoutAReasonIsRefused() {
        ProcessInstance instance = askCustomer();
        String waiting = task(instance).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(waiting, Map.of(VAR_RESUME_REASON.name(), "  ")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("resumeReason");

        assertThat(instance).isWaitingAt(TASK_AWAIT_CUSTOMER);
        org.assertj.core.api.Assertions.assertThat(ticketOf(instance).getStatus()).isEqualTo(TicketStatus.AGUARDANDO_CLIENTE);
    }

    @Test
    @DisplayName("R17, R20: the team resumes without the reply: reason in the customer's history, a new SLA target")
    void teamResumesWithoutTheReply() {
        ProcessInstance instance = askCustomer();
        ClockUtil.setCurrentTime(Date.from(brasilia("2026-12-01T09:00")));

        engine.getTaskService().setAssignee(task(instance).getId(), AGENT);
        complete(task(instance), withVariables(VAR_RESUME_REASON.name(), "Cliente respondeu por telefone: série 1."));

        assertThat(instance).hasPassed(TASK_AWAIT_CUSTOMER, "Task_RestartSla").hasNotPassed("Event_CustomerReplied")
                .isWaitingAt(TASK_ANALYZE);
        // ALTO × ALTA = Urgente: 10 business hours from Tuesday 09:00 → Tuesday 19:00
        assertThat(task(instance)).hasDueDate(Date.from(brasilia("2026-12-01T19:00")));
        org.assertj.core.api.Assertions.assertThat(ticketOf(instance).getStatus()).isEqualTo(TicketStatus.ABERTO);
        org.assertj.core.api.Assertions.assertThat(desk.history(ana, instance.getBusinessKey()))
                .filteredOn(h -> h.kind() == HistoryKind.ANALYSIS_RESUMED)
                .singleElement().satisfies(h -> {
                    org.assertj.core.api.Assertions.assertThat(h.text()).isEqualTo("Cliente respondeu por telefone: série 1.");
                    org.assertj.core.api.Assertions.assertThat(h.author()).isEqualTo(AGENT);
                });
        // a later reply is recorded and does not restart anything
        desk.reply(ana, instance.getBusinessKey(), "Confirmo: série 1.");
        assertThat(instance).isWaitingAt(TASK_ANALYZE);
    }

    @Test
    @DisplayName("the customer's reply and the team's resume at once: never a 500, one analysis, ticket and process agree")
    void replyAndResumeRace() throws Exception {
        http.withBasicAuth(ANA, "demo").getForEntity("/api/tickets", String.class); // passwords verified once
        http.withBasicAuth(AGENT, "demo").getForEntity("/engine-rest/task/count", String.class);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < RACES; i++) {
                ProcessInstance instance = askCustomer();
                String taskId = task(instance).getId();
                List<Callable<ResponseEntity<String>>> calls = new ArrayList<>();
                calls.add(() -> http.withBasicAuth(ANA, "demo").postForEntity(
                        "/api/tickets/" + instance.getBusinessKey() + "/replies", Map.of("text", "Série 1."), String.class));
                calls.add(() -> completeByRest(taskId, "Cliente respondeu por telefone."));
                List<Integer> statuses = new ArrayList<>();
                for (Future<ResponseEntity<String>> answer : pool.invokeAll(calls)) {
                    ResponseEntity<String> response = answer.get();
                    statuses.add(response.getStatusCode().value());
                    if (response.getStatusCode().value() >= 400) { // told in Portuguese what happened
                        org.assertj.core.api.Assertions.assertThat(response.getBody()).containsAnyOf("não existe mais",
                                "não é possível", "Não é possível", "mudou enquanto").doesNotContain("at org.");
                    }
                }

                org.assertj.core.api.Assertions.assertThat(statuses).as("trial %d", i).allMatch(s -> s == 200 || s == 204
                        || s == 404 || s == 409);
                org.assertj.core.api.Assertions.assertThat(statuses).as("someone won").anyMatch(s -> s == 200 || s == 204);
                assertThat(instance).isWaitingAt(TASK_ANALYZE);
                org.assertj.core.api.Assertions.assertThat(engine.getTaskService().createTaskQuery()
                        .processInstanceId(instance.getId()).count()).isEqualTo(1);
                Ticket ticket = ticketOf(instance);
                org.assertj.core.api.Assertions.assertThat(ticket.getStatus()).isEqualTo(TicketStatus.ABERTO);
                org.assertj.core.api.Assertions.assertThat(ticket.getSlaDueAt()).isNotNull();
            }
        } finally {
            pool.shutdown();
        }
    }

    private ResponseEntity<String> completeByRest(String taskId, String reason) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> variables = Map.of(VAR_RESUME_REASON.name(), Map.of("value", reason, "type", "String"));
        return http.withBasicAuth(AGENT, "demo").exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variables), headers), String.class);
    }

    private ProcessInstance askCustomer() {
        Ticket ticket = desk.open(ana, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        ProcessInstance instance = processInstanceQuery().processInstanceBusinessKey(ticket.number().toString())
                .singleResult();
        complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.REQUEST_INFORMATION.name(), VAR_QUESTION.name(),
                "Qual a série da nota?"));
        assertThat(instance).isWaitingAt(TASK_AWAIT_CUSTOMER);
        return instance;
    }

    private Ticket ticketOf(ProcessInstance instance) {
        return tickets.findById(Long.valueOf(instance.getBusinessKey())).orElseThrow();
    }

    private List<Task> filtered(String filterName, String userId) {
        Filter filter = engine.getFilterService().createTaskFilterQuery().filterName(filterName).singleResult();
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(g -> g.getId()).toList();
        engine.getIdentityService().setAuthentication(userId, groups);
        try {
            return engine.getFilterService().list(filter.getId());
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
