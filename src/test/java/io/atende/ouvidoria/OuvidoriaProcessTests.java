package io.atende.ouvidoria;

import io.atende.ouvidoria.process.OuvidoriaProcess;
import static io.atende.ouvidoria.OuvidoriaFixtures.*;
import static io.atende.ouvidoria.process.OuvidoriaProcess.*;
import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.ouvidoria.OuvidoriaEvents.*;
import io.atende.ticket.HistoryItem;
import io.atende.ticket.HistoryKind;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketNotFoundException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The ouvidoria process on the real engine (R13): valid, invalid and foreign references, target, timer, closure. */
@AtendeIntegrationTest
@RecordApplicationEvents
class OuvidoriaProcessTests {

    /** Monday 2026-11-30 10:00 Brasília. */
    static final Instant MONDAY_10 = brasilia("2026-11-30T10:00");
    /** 10 business days of the Ouvidoria after Monday 30/11 (the day itself does not count): Dec 1–4, 7–11, 14. */
    static final Instant DUE = brasilia("2026-12-14T23:59:59");

    @Autowired ProcessEngine engine;
    @Autowired OuvidoriaDesk ouvidoria;
    @Autowired OuvidoriaCases cases;
    @Autowired TicketDesk tickets;
    @Autowired CustomerDirectory customers;
    @Autowired ApplicationEvents events;

    Customer ana;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY_10));
        ana = customer(customers, ANA);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R13: escalating an own earlier ticket opens a case for group ouvidoria, due in 10 business days")
    void opensCaseForOuvidoriaWithDueDateOnItsCalendar() {
        Ticket earlier = earlierTicket(tickets, ana);

        OuvidoriaCase c = ouvidoria.open(ana, List.of(earlier.number().toString()), DESCRIPTION);

        ProcessInstance instance = instanceOf(c);
        assertThat(instance).isWaitingAt(TASK_ANSWER);
        assertThat(task(instance)).hasCandidateGroup("ouvidoria").hasDueDate(Date.from(DUE));
        Assertions.assertThat(c.getResponseDueAt()).isEqualTo(DUE);
        Assertions.assertThat(c.tickets()).containsExactly(earlier.number());
        Assertions.assertThat(events.stream(OuvidoriaOpened.class)).singleElement()
                .satisfies(e -> Assertions.assertThat(e.number()).isEqualTo(c.number()));
    }

    @Test
    @DisplayName("R13, R15: the response target skips holidays: from Wednesday 11/11, Friday 20/11 (Consciência Negra) does not count")
    void responseTargetSkipsHolidays() {
        ClockUtil.setCurrentTime(Date.from(brasilia("2026-11-11T16:00")));

        OuvidoriaCase c = ouvidoria.open(ana, List.of(earlierTicket(tickets, ana).number().toString()), DESCRIPTION);

        Instant due = brasilia("2026-11-26T23:59:59");
        Assertions.assertThat(c.getResponseDueAt()).isEqualTo(due);
        assertThat(task(instanceOf(c))).hasDueDate(Date.from(due));
    }

    @Test
    @DisplayName("R13: the referenced ticket's history shows the escalation with the case number")
    void marksReferencedTicketsAsEscalated() {
        Ticket earlier = earlierTicket(tickets, ana);

        OuvidoriaCase c = ouvidoria.open(ana, List.of(earlier.number().toString()), DESCRIPTION);

        List<HistoryItem> history = tickets.history(ana, earlier.number().toString());
        Assertions.assertThat(history).last().satisfies(item -> {
            Assertions.assertThat(item.kind()).isEqualTo(HistoryKind.ESCALATED_TO_OUVIDORIA);
            Assertions.assertThat(item.text()).contains(c.number().toString());
        });
    }

    @Test
    @DisplayName("R13: the task shows the case and each referenced ticket with its whole history, read-only")
    void presentsCaseAndTicketHistoriesOnTheTask() {
        Ticket first = earlierTicket(tickets, ana);
        Ticket second = earlierTicket(tickets, ana);

        OuvidoriaCase c = ouvidoria.open(ana, List.of(first.number().toString(), second.number().toString()), DESCRIPTION);

        Task task = task(instanceOf(c));
        var local = taskService().getVariablesLocal(task.getId());
        Assertions.assertThat(local).containsEntry(VIEW_NUMBER.name(), c.number().toString())
                .containsEntry(VIEW_COMPANY.name(), "Padaria Pão Quente Ltda").containsEntry(VIEW_DESCRIPTION.name(), DESCRIPTION);
        Assertions.assertThat((String) local.get(VIEW_TICKETS.name())).contains("Ticket " + first.number(),
                "Ticket " + second.number(), "Ticket aberto", "Levado à Ouvidoria", "Rotina de faturamento falha");
        Assertions.assertThat(runtimeService().getVariables(task.getProcessInstanceId())).doesNotContainKey(VIEW_TICKETS.name());
    }

    @Test
    @DisplayName("R13: without an earlier ticket the request is refused and leaves nothing behind")
    void refusesCaseWithoutEarlierTicket() {
        long before = cases.count();
        long instances = processInstanceQuery().processDefinitionKey(KEY).count();

        assertThatThrownBy(() -> ouvidoria.open(ana, List.of(), DESCRIPTION))
                .isInstanceOf(InvalidOuvidoriaRequestException.class).hasMessageContaining("ticket anterior");
        assertThatThrownBy(() -> ouvidoria.open(ana, null, DESCRIPTION))
                .isInstanceOf(InvalidOuvidoriaRequestException.class);

        Assertions.assertThat(cases.count()).isEqualTo(before);
        Assertions.assertThat(processInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(instances);
    }

    @Test
    @DisplayName("R13: an unknown ticket number is refused; the valid one next to it is not marked")
    void refusesUnknownTicketAndLeavesNothing() {
        Ticket earlier = earlierTicket(tickets, ana);
        long before = cases.count();

        assertThatThrownBy(() -> ouvidoria.open(ana, List.of(earlier.number().toString(), "99999999"), DESCRIPTION))
                .isInstanceOf(TicketNotFoundException.class).hasMessageContaining("99999999");

        Assertions.assertThat(cases.count()).isEqualTo(before);
        Assertions.assertThat(tickets.history(ana, earlier.number().toString())).extracting(HistoryItem::kind)
                .doesNotContain(HistoryKind.ESCALATED_TO_OUVIDORIA);
    }

    @Test
    @DisplayName("R13, R2: another company's ticket, or a colleague's the contact may not see, is refused")
    void refusesForeignTickets() {
        Ticket ofAnotherCompany = earlierTicket(tickets, customer(customers, JOAO));
        Ticket ofTheAdministrator = earlierTicket(tickets, customer(customers, ROBERTO));
        long before = cases.count();
        long instances = processInstanceQuery().processDefinitionKey(KEY).count();

        assertThatThrownBy(() -> ouvidoria.open(ana, List.of(ofAnotherCompany.number().toString()), DESCRIPTION))
                .isInstanceOf(TicketNotFoundException.class);
        assertThatThrownBy(() -> ouvidoria.open(ana, List.of(ofTheAdministrator.number().toString()), DESCRIPTION))
                .isInstanceOf(TicketNotFoundException.class);

        Assertions.assertThat(cases.count()).isEqualTo(before);
        Assertions.assertThat(processInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(instances);
    }

    @Test
    @DisplayName("R13: the company's administrator may escalate any ticket of the company")
    void administratorEscalatesColleaguesTicket() {
        Ticket anas = earlierTicket(tickets, ana);

        OuvidoriaCase c = ouvidoria.open(customer(customers, ROBERTO), List.of(anas.number().toString()), DESCRIPTION);

        assertThat(instanceOf(c)).isWaitingAt(TASK_ANSWER);
    }

    @Test
    @DisplayName("R13: an agent records a phone escalation with the occurrence when the customer has no ticket number")
    void recordsPhoneEscalationWithOccurrence() {
        OuvidoriaCase c = ouvidoria.record("agente-ouvidoria", ANA, List.of(), "Protocolo telefônico 2026-11-001",
                DESCRIPTION);

        Assertions.assertThat(c.getChannel()).isEqualTo(OuvidoriaChannel.TELEFONE);
        Assertions.assertThat(c.getRecordedBy()).isEqualTo("agente-ouvidoria");
        assertThat(task(instanceOf(c))).hasCandidateGroup("ouvidoria");
        assertThatThrownBy(() -> ouvidoria.record("agente-ouvidoria", ANA, List.of(), " ", DESCRIPTION))
                .isInstanceOf(InvalidOuvidoriaRequestException.class).hasMessageContaining("occurrence");
        assertThatThrownBy(() -> ouvidoria.record("agente-ouvidoria", ANA,
                List.of(earlierTicket(tickets, customer(customers, JOAO)).number().toString()), null, DESCRIPTION))
                .isInstanceOf(TicketNotFoundException.class);
    }

    @Test
    @DisplayName("R13: when the target passes the case is marked overdue and tops the Tasklist; the work goes on")
    void recordsOverdueResponseWithoutInterruptingTheTask() {
        OuvidoriaCase c = ouvidoria.open(ana, List.of(earlierTicket(tickets, ana).number().toString()), DESCRIPTION);
        ProcessInstance instance = instanceOf(c);
        Job timer = jobQuery().processInstanceId(instance.getId()).activityId(TIMER_RESPONSE_OVERDUE).singleResult();
        Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(DUE));

        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);

        assertThat(instance).isWaitingAt(TASK_ANSWER).hasPassed(TASK_RECORD_OVERDUE, "End_OverdueRecorded");
        Assertions.assertThat(task(instance).getPriority()).isEqualTo(100);
        Assertions.assertThat(cases.findById(c.number().value()).orElseThrow().getBreachedAt()).isEqualTo(DUE);
        Assertions.assertThat(events.stream(OuvidoriaResponseOverdue.class)).hasSize(1);
    }

    @Test
    @DisplayName("R13, R21: the response is required; answering sends it, closes the case and invites to the survey")
    void answersAndClosesTheCase() {
        OuvidoriaCase c = ouvidoria.open(ana, List.of(earlierTicket(tickets, ana).number().toString()), DESCRIPTION);
        ProcessInstance instance = instanceOf(c);

        assertThatThrownBy(() -> complete(task(instance), withVariables(VAR_RESPONSE.name(), "  ")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("response");
        claim(task(instance), "agente-ouvidoria");
        complete(task(instance), withVariables(VAR_RESPONSE.name(), "Corrigimos o cadastro e reabrimos a análise."));

        assertThat(instance).isEnded().hasPassedInOrder(TASK_ANSWER, TASK_SEND_RESPONSE, TASK_CLOSE_CASE, END_CLOSED);
        OuvidoriaCase closed = cases.findById(c.number().value()).orElseThrow();
        Assertions.assertThat(closed.getStatus()).isEqualTo(OuvidoriaStatus.ENCERRADA);
        Assertions.assertThat(closed.getAnsweredBy()).isEqualTo("agente-ouvidoria");
        Assertions.assertThat(events.stream(OuvidoriaAnswered.class)).singleElement()
                .satisfies(e -> Assertions.assertThat(e.response()).isEqualTo("Corrigimos o cadastro e reabrimos a análise."));
        Assertions.assertThat(events.stream(OuvidoriaClosed.class)).singleElement()
                .satisfies(e -> Assertions.assertThat(e.team()).isEqualTo("ouvidoria"));
        // R21: the closure is followed by the satisfaction survey (see SurveyProcessTests for its path).
        Assertions.assertThat(processInstanceQuery().processDefinitionKey("satisfaction-survey")
                .processInstanceBusinessKey("ouvidoria-" + c.number()).count()).isOne();
    }

    private ProcessInstance instanceOf(OuvidoriaCase c) {
        return processInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(c.number().toString())
                .singleResult();
    }
}
