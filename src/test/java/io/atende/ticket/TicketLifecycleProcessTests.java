package io.atende.ticket;

import static io.atende.ticket.TicketFixtures.*;
import static io.atende.ticket.TicketProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Every path of ticket-lifecycle.bpmn on the real engine, timers driven by the engine clock (R16–R22). */
@AtendeIntegrationTest
class TicketLifecycleProcessTests {

    /** Monday 2026-11-30 10:00 Brasília. */
    static final Instant MONDAY_10 = brasilia("2026-11-30T10:00");

    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired Tickets tickets;
    @Autowired CustomerDirectory customers;
    @Autowired TransactionTemplate tx;

    Customer ana;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY_10));
        ana = customers.byEmail(ANA).orElseThrow();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R20: an urgent Protheus ticket is classified, routed and offered to its team with the SLA due date")
    void offersClassifiedTicketToItsTeamWithSlaDueDate() {
        Ticket ticket = open(Impact.ALTO, Urgency.ALTA);
        ProcessInstance instance = instanceOf(ticket);

        assertThat(instance).isWaitingAt(TASK_ANALYZE).hasPassedInOrder("Task_ClassifyTicket", "Task_RouteTicket",
                "Task_LookUpSlaTargets", "Task_RegisterClassification");
        assertThat(instance).variables().containsEntry(VAR_PRIORITY.name(), "URGENTE").containsEntry(VAR_TEAM.name(), "suporte-protheus")
                .containsEntry(VAR_SUPPORT_HOURS.name(), 10).containsEntry(VAR_MAINTENANCE_DAYS.name(), 4).doesNotContainKey("slaTargets");
        // 10 business hours of Suporte (07–19) from Monday 10:00: 9 on Monday, 1 on Tuesday → Tuesday 08:00.
        Instant due = brasilia("2026-12-01T08:00");
        assertThat(task(instance)).hasCandidateGroup("suporte-protheus").hasDueDate(Date.from(due));
        Ticket saved = reload(ticket);
        org.assertj.core.api.Assertions.assertThat(saved.getPriority()).isEqualTo(Priority.URGENTE);
        org.assertj.core.api.Assertions.assertThat(saved.getSlaDueAt()).isEqualTo(due);
        org.assertj.core.api.Assertions.assertThat(saved.getStatus()).isEqualTo(TicketStatus.ABERTO);
    }

    @Test
    @DisplayName("R20: at the SLA due instant the breach is recorded and the team told, without interrupting the work")
    void recordsSlaBreachWithoutInterruptingAnalysis() {
        Ticket ticket = open(Impact.ALTO, Urgency.ALTA);
        ProcessInstance instance = instanceOf(ticket);
        Job timer = job(TIMER_SLA, instance);
        org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).isEqualTo(Date.from(brasilia("2026-12-01T08:00")));

        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);

        assertThat(instance).isWaitingAt(TASK_ANALYZE).hasPassed("Task_RecordSlaBreach", "End_SlaBreachRecorded");
        org.assertj.core.api.Assertions.assertThat(task(instance).getPriority()).isEqualTo(100);
        tx.executeWithoutResult(s -> {
            Ticket saved = reload(ticket);
            org.assertj.core.api.Assertions.assertThat(saved.getSlaBreaches()).singleElement()
                    .satisfies(b -> org.assertj.core.api.Assertions.assertThat(b.getTeam()).isEqualTo("suporte-protheus"));
            org.assertj.core.api.Assertions.assertThat(saved.getHistory()).extracting(HistoryEntry::getKind)
                    .contains(HistoryKind.SLA_BREACHED);
        });
    }

    @Test
    @DisplayName("An agent claiming the task puts the ticket EM_ANALISE")
    void claimingTheTaskStartsAnalysis() {
        Ticket ticket = open(Impact.MEDIO, Urgency.MEDIA);
        claim(task(instanceOf(ticket)), "agente-suporte-protheus");
        org.assertj.core.api.Assertions.assertThat(reload(ticket).getStatus()).isEqualTo(TicketStatus.EM_ANALISE);
    }

    @Test
    @DisplayName("R18: a proposal makes the ticket RESOLVIDO with a window ending 23:59:59 of the 7th business day")
    void proposalResolvesTicketWithContestDeadline() {
        Ticket ticket = open(Impact.MEDIO, Urgency.MEDIA);
        ProcessInstance instance = instanceOf(ticket);

        proposeSolution(instance);

        // Resolved Monday 30/11: Dec 1, 2, 3, 4, 7, 8, 9 → Wednesday 09/12 23:59:59 Brasília.
        Instant deadline = brasilia("2026-12-09T23:59:59");
        assertThat(instance).isWaitingAt(GATEWAY_AWAIT_VERDICT);
        org.assertj.core.api.Assertions.assertThat(job(TIMER_CONTEST_WINDOW, instance).getDuedate()).isEqualTo(Date.from(deadline));
        Ticket saved = reload(ticket);
        org.assertj.core.api.Assertions.assertThat(saved.getStatus()).isEqualTo(TicketStatus.RESOLVIDO);
        org.assertj.core.api.Assertions.assertThat(saved.getContestDeadline()).isEqualTo(deadline);
        org.assertj.core.api.Assertions.assertThat(saved.getFirstResponseAt()).isEqualTo(MONDAY_10);
    }

    @Test
    @DisplayName("R18: when the window ends without a contest the ticket closes by itself")
    void closesTicketWhenContestWindowEnds() {
        Ticket ticket = open(Impact.MEDIO, Urgency.MEDIA);
        ProcessInstance instance = instanceOf(ticket);
        proposeSolution(instance);

        Job window = job(TIMER_CONTEST_WINDOW, instance);
        ClockUtil.setCurrentTime(window.getDuedate());
        execute(window);

        assertThat(instance).isEnded().hasPassed("Task_CloseTicket", END_CLOSED_WINDOW);
        Ticket saved = reload(ticket);
        org.assertj.core.api.Assertions.assertThat(saved.getStatus()).isEqualTo(TicketStatus.FECHADO);
        org.assertj.core.api.Assertions.assertThat(saved.getCloseReason()).isEqualTo(CloseReason.CONTEST_WINDOW_ENDED);
        org.assertj.core.api.Assertions.assertThat(saved.getClosedAt()).isEqualTo(window.getDuedate().toInstant());
    }

    @Test
    @DisplayName("R18: accepting the proposal closes the ticket")
    void closesTicketWhenCustomerAccepts() {
        Ticket ticket = open(Impact.MEDIO, Urgency.MEDIA);
        ProcessInstance instance = instanceOf(ticket);
        proposeSolution(instance);

        desk.accept(ana, ticket.number().toString());

        assertThat(instance).isEnded().hasPassed("Event_Accepted", END_CLOSED_ACCEPTED);
        org.assertj.core.api.Assertions.assertThat(reload(ticket).getCloseReason()).isEqualTo(CloseReason.ACCEPTED);
    }

    @Test
    @DisplayName("R18, R20: a contest within the window brings the ticket back to the team with a new SLA")
    void contestWithinWindowReturnsToAnalysisWithNewSla() {
        Ticket ticket = open(Impact.ALTO, Urgency.ALTA);
        ProcessInstance instance = instanceOf(ticket);
        proposeSolution(instance);
        Instant contestedAt = brasilia("2026-12-03T15:00");
        ClockUtil.setCurrentTime(Date.from(contestedAt));

        desk.contest(ana, ticket.number().toString(), "A nota continua sendo rejeitada.");

        assertThat(instance).isWaitingAt(TASK_ANALYZE).hasPassed("Event_Contested", "Task_RestartSla");
        // The contested proposal's text must not pre-fill, nor pass the validation of, the next decision.
        assertThat(instance).variables().doesNotContainKeys(VAR_OUTCOME.name(), VAR_SOLUTION.name());
        // 10 business hours from Thursday 15:00: 4 on Thursday, 6 on Friday → Friday 13:00.
        Instant due = brasilia("2026-12-04T13:00");
        assertThat(task(instance)).hasDueDate(Date.from(due)).hasCandidateGroup("suporte-protheus");
        Ticket saved = reload(ticket);
        org.assertj.core.api.Assertions.assertThat(saved.getStatus()).isEqualTo(TicketStatus.ABERTO);
        org.assertj.core.api.Assertions.assertThat(saved.getSlaDueAt()).isEqualTo(due);
        org.assertj.core.api.Assertions.assertThat(saved.getContestDeadline()).isNull();
    }

    @Test
    @DisplayName("R18: a contest after closing is refused and points to a follow-up")
    void refusesContestAfterClosing() {
        Ticket ticket = open(Impact.MEDIO, Urgency.MEDIA);
        ProcessInstance instance = instanceOf(ticket);
        proposeSolution(instance);
        Job window = job(TIMER_CONTEST_WINDOW, instance);
        ClockUtil.setCurrentTime(window.getDuedate());
        execute(window);

        assertThatThrownBy(() -> desk.contest(ana, ticket.number().toString(), "Não funcionou."))
                .isInstanceOf(TicketStateException.class).hasMessageContaining("acompanhamento");
        org.assertj.core.api.Assertions.assertThat(reload(ticket).getStatus()).isEqualTo(TicketStatus.FECHADO);
    }

    @Test
    @DisplayName("R18: a contest one second after the deadline is refused even before the timer fired")
    void refusesContestAfterDeadlineBeforeTimerFires() {
        Ticket ticket = open(Impact.MEDIO, Urgency.MEDIA);
        ProcessInstance instance = instanceOf(ticket);
        proposeSolution(instance);
        ClockUtil.setCurrentTime(Date.from(brasilia("2026-12-10T00:00:00")));

        assertThatThrownBy(() -> desk.contest(ana, ticket.number().toString(), "Tarde demais."))
                .isInstanceOf(TicketStateException.class).hasMessageContaining("prazo");
        assertThat(instance).isWaitingAt(GATEWAY_AWAIT_VERDICT);
        org.assertj.core.api.Assertions.assertThat(reload(ticket).getStatus()).isEqualTo(TicketStatus.RESOLVIDO);
    }

    @Test
    @DisplayName("R17, R20: asking the customer stops the SLA; the reply resumes analysis with a new deadline")
    void requestInformationWaitsForReplyThenResumes() {
        Ticket ticket = open(Impact.ALTO, Urgency.ALTA);
        ProcessInstance instance = instanceOf(ticket);

        complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.REQUEST_INFORMATION.name(), VAR_QUESTION.name(),
                "Qual a série da nota?"));

        assertThat(instance).isWaitingAt(TASK_AWAIT_CUSTOMER).hasPassed("Task_RequestInformation");
        assertThat(task(instance)).hasCandidateGroup("suporte-protheus");
        org.assertj.core.api.Assertions.assertThat(task(instance).getDueDate()).as("no SLA while waiting").isNull();
        assertThat(instance).variables().doesNotContainKey(VAR_SLA_DUE_AT.name());
        org.assertj.core.api.Assertions.assertThat(reload(ticket).getStatus()).isEqualTo(TicketStatus.AGUARDANDO_CLIENTE);
        org.assertj.core.api.Assertions.assertThat(reload(ticket).getSlaDueAt()).isNull();

        ClockUtil.setCurrentTime(Date.from(brasilia("2026-12-02T18:00")));
        desk.reply(ana, ticket.number().toString(), "Série 1, planilha anexa.");

        assertThat(instance).isWaitingAt(TASK_ANALYZE);
        // 10 business hours from Wednesday 18:00: 1 on Wednesday, 9 on Thursday → Thursday 16:00.
        assertThat(task(instance)).hasDueDate(Date.from(brasilia("2026-12-03T16:00")));
        org.assertj.core.api.Assertions.assertThat(reload(ticket).getStatus()).isEqualTo(TicketStatus.ABERTO);
    }

    @Test
    @DisplayName("R6: a reply while the team holds the ticket is recorded and changes nothing else")
    void replyWhileTeamWorksIsOnlyRecorded() {
        Ticket ticket = open(Impact.MEDIO, Urgency.MEDIA);
        ProcessInstance instance = instanceOf(ticket);
        String taskId = task(instance).getId();

        desk.reply(ana, ticket.number().toString(), "Mais um detalhe: acontece só na filial 02.");

        assertThat(instance).isWaitingAt(TASK_ANALYZE);
        org.assertj.core.api.Assertions.assertThat(task(instance).getId()).isEqualTo(taskId);
        tx.executeWithoutResult(s -> org.assertj.core.api.Assertions.assertThat(reload(ticket).getHistory())
                .extracting(HistoryEntry::getKind).contains(HistoryKind.CUSTOMER_REPLY));
    }

    @Test
    @DisplayName("R20, R22: a confirmed non-conformity goes to Manutenção under the maintenance target, then to a proposal")
    void forwardsToMaintenanceThenProposesTheCorrection() {
        Ticket ticket = open(Impact.ALTO, Urgency.ALTA);
        ProcessInstance instance = instanceOf(ticket);

        complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.FORWARD_TO_MAINTENANCE.name(), VAR_NON_CONFORMITY.name(),
                "Reproduzido na 12.1.2410: MATA410 falha com TES 501."));

        assertThat(instance).isWaitingAt(TASK_FIX_NON_CONFORMITY);
        // URGENTE: 4 business days after Monday 30/11 → end of Friday 04/12.
        Instant due = brasilia("2026-12-04T23:59:59");
        assertThat(task(instance)).hasCandidateGroup("manutencao").hasDueDate(Date.from(due));
        org.assertj.core.api.Assertions.assertThat(reload(ticket).getStatus()).isEqualTo(TicketStatus.EM_MANUTENCAO);

        Job breach = job(TIMER_MAINTENANCE_SLA, instance);
        ClockUtil.setCurrentTime(breach.getDuedate());
        execute(breach);
        assertThat(instance).isWaitingAt(TASK_FIX_NON_CONFORMITY).hasPassed("Task_RecordMaintenanceBreach");

        complete(task(instance), withVariables(VAR_SOLUTION.name(), "Corrigido no pacote 12.1.2410.3."));

        assertThat(instance).isWaitingAt(GATEWAY_AWAIT_VERDICT).hasPassed("Task_ForwardToMaintenance", "Task_ProposeSolution");
        Ticket saved = reload(ticket);
        org.assertj.core.api.Assertions.assertThat(saved.getStatus()).isEqualTo(TicketStatus.RESOLVIDO);
        org.assertj.core.api.Assertions.assertThat(saved.getSolution()).isEqualTo("Corrigido no pacote 12.1.2410.3.");
    }

    @Test
    @DisplayName("R16: a transfer hands the ticket to another team, is counted, and keeps the deadline")
    void transferHandsTicketToAnotherTeam() {
        Ticket ticket = open(Impact.ALTO, Urgency.ALTA);
        ProcessInstance instance = instanceOf(ticket);
        Date due = task(instance).getDueDate();

        complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.TRANSFER.name(), VAR_TRANSFER_TO.name(), "suporte-rm",
                VAR_TRANSFER_REASON.name(), "A rotina é do RM."));

        assertThat(instance).isWaitingAt(TASK_ANALYZE).hasPassed("Task_TransferTicket");
        assertThat(task(instance)).hasCandidateGroup("suporte-rm").hasDueDate(due);
        Ticket saved = reload(ticket);
        org.assertj.core.api.Assertions.assertThat(saved.getTeam()).isEqualTo("suporte-rm");
        org.assertj.core.api.Assertions.assertThat(saved.getTransferCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("A transfer to the team that holds the ticket is refused by the ticket, and nothing of it is kept")
    void refusesTransferToTheSameTeam() {
        Ticket ticket = open(Impact.ALTO, Urgency.ALTA);
        ProcessInstance instance = instanceOf(ticket);
        String team = reload(ticket).getTeam();

        assertThatThrownBy(() -> complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.TRANSFER.name(),
                VAR_TRANSFER_TO.name(), team, VAR_TRANSFER_REASON.name(), "engano")))
                .isInstanceOf(TicketStateException.class)
                .hasMessage("O ticket " + ticket.number() + " já está com a equipe " + team + "; escolha outra equipe.");

        assertThat(instance).isWaitingAt(TASK_ANALYZE);
        assertThat(task(instance)).hasCandidateGroup(team);
        Ticket saved = reload(ticket);
        org.assertj.core.api.Assertions.assertThat(saved.getTransferCount()).isZero();
        org.assertj.core.api.Assertions.assertThat(saved.getStatus()).isEqualTo(TicketStatus.ABERTO);
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(instance.getId(), VAR_OUTCOME.name())).isNull();
    }

    @Test
    @DisplayName("A decision without its text is refused and the task stays open")
    void refusesProposalWithoutSolution() {
        Ticket ticket = open(Impact.MEDIO, Urgency.MEDIA);
        ProcessInstance instance = instanceOf(ticket);

        assertThatThrownBy(() -> complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name())))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("proposta de solução");
        assertThatThrownBy(() -> complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.TRANSFER.name(),
                VAR_TRANSFER_TO.name(), "nao-existe"))).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("equipe de destino");

        assertThat(instance).isWaitingAt(TASK_ANALYZE);
        org.assertj.core.api.Assertions.assertThat(reload(ticket).getStatus()).isEqualTo(TicketStatus.ABERTO);
    }

    @Test
    @DisplayName("The agent's form variables show the ticket read-only on the task")
    void taskShowsTheTicket() {
        Ticket ticket = open(Impact.MEDIO, Urgency.MEDIA);
        String taskId = task(instanceOf(ticket)).getId();

        org.assertj.core.api.Assertions.assertThat(taskService().getVariablesLocal(taskId))
                .containsEntry(VIEW_NUMBER.name(), ticket.number().toString())
                .containsEntry(VIEW_COMPANY.name(), "Padaria Pão Quente Ltda")
                .containsEntry(VIEW_PRIORITY.name(), "NORMAL")
                .containsEntry(VIEW_SUBJECT.name(), "Rotina de faturamento falha")
                .containsKeys(VIEW_CONTACT.name(), VIEW_SLA_DUE.name(), VIEW_PRODUCT.name(), VIEW_DESCRIPTION.name(), VIEW_HISTORY.name());
    }

    private Ticket open(Impact impact, Urgency urgency) {
        return desk.open(ana, supportDraft(impact, urgency), null);
    }

    private void proposeSolution(ProcessInstance instance) {
        complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(),
                "Aplique o pacote 12.1.2410.2 e refaça a nota."));
    }

    private ProcessInstance instanceOf(Ticket ticket) {
        return processInstanceQuery().processInstanceBusinessKey(ticket.number().toString()).singleResult();
    }

    private Job job(String activityId, ProcessInstance instance) {
        return jobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    }

    private Ticket reload(Ticket ticket) {
        return tickets.findById(ticket.getId()).orElseThrow();
    }
}
