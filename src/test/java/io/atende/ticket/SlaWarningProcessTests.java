package io.atende.ticket;

import static io.atende.ticket.TicketFixtures.*;
import static io.atende.ticket.TicketProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.mail.MailFixtures;
import io.atende.mail.internal.EmbeddedMailServer;
import io.atende.mail.internal.OutboxDispatcher;
import io.atende.models.LiveModels;
import io.atende.sla.DeadlineTerms;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R20 warnings (issue 15): before the support target is missed the team is warned — the task rises in Tasklist
 * (filter "Prazo vencendo") and the team's leaders get an e-mail — at the lead time of the process owner's table
 * {@code deadlines} (row SLA_WARNING, 80 % of the target as released), always inside the team's business hours.
 * Timers driven by the engine clock.
 */
@AtendeIntegrationTest
class SlaWarningProcessTests {

    static final String LEADER = "lider-suporte-protheus@atende.example";

    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired Tickets tickets;
    @Autowired CustomerDirectory customers;
    @Autowired TransactionTemplate tx;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired LiveModels models;

    Customer ana;

    @BeforeEach
    void setUp() {
        init(engine);
        ana = customers.byEmail(ANA).orElseThrow();
    }

    @AfterEach
    void resetClockAndTable() {
        ClockUtil.reset();
        models.adoptRelease(DeadlineTerms.DECISION, "test");
    }

    @Test
    @DisplayName("R20: at 80 % of an urgent Protheus target the task rises, the warning is recorded and the leaders are "
            + "e-mailed; the breach still follows at the due instant")
    void warnsTheTeamAndItsLeadersBeforeTheTarget() {
        // Monday 10:00 + 8 of the 10 business hours of Suporte (07–19) → Monday 18:00; due Tuesday 08:00.
        ProcessInstance instance = openAt("2026-11-30T10:00");
        Job warning = job(TIMER_SLA_WARNING, instance);
        assertThat(warning.getDuedate()).isEqualTo(Date.from(brasilia("2026-11-30T18:00")));

        fire(warning);

        Task task = task(instance);
        assertThat(task.getPriority()).isEqualTo(75);
        assertThat(filtered("Prazo vencendo", "agente-suporte-protheus")).extracting(Task::getId).contains(task.getId());
        tx.executeWithoutResult(s -> {
            Ticket saved = reload(instance);
            assertThat(saved.getSlaWarnings()).singleElement().satisfies(w -> {
                assertThat(w.getTeam()).isEqualTo("suporte-protheus");
                assertThat(w.getDueAt()).isEqualTo(brasilia("2026-12-01T08:00"));
                assertThat(w.getWarnedAt()).isEqualTo(brasilia("2026-11-30T18:00"));
            });
            assertThat(saved.getHistory()).extracting(HistoryEntry::getKind).doesNotContain(HistoryKind.SLA_BREACHED);
        });
        dispatcher.dispatchDue();
        List<MimeMessage> mails = MailFixtures.deliveredWithSubject(mailServer.greenMail(), LEADER,
                "Prazo vencendo: ticket " + instance.getBusinessKey());
        assertThat(mails).hasSize(1);
        assertThat(MailFixtures.subject(mails.get(0))).contains("Suporte Protheus").contains("01/12/2026 às 08:00");
        assertThat(MailFixtures.deliveredWithSubject(mailServer.greenMail(), ANA, "Prazo vencendo")).isEmpty();

        fire(job(TIMER_SLA, instance));
        assertThat(task(instance).getPriority()).isEqualTo(100);
        assertThat(filtered("Prazo vencendo", "agente-suporte-protheus")).extracting(Task::getId).doesNotContain(task.getId());
    }

    @Test
    @DisplayName("R20 across a weekend: Friday 15:00 + 8 business hours is Monday 11:00, not Saturday")
    void aWarningAcrossTheWeekendWaitsForMonday() {
        ProcessInstance instance = openAt("2026-12-04T15:00");
        assertThat(job(TIMER_SLA_WARNING, instance).getDuedate()).isEqualTo(Date.from(brasilia("2026-12-07T11:00")));
        assertThat(job(TIMER_SLA, instance).getDuedate()).isEqualTo(Date.from(brasilia("2026-12-07T13:00")));
    }

    @Test
    @DisplayName("R15/R20 across a holiday: Wednesday 15:00 before Corpus Christi warns Friday 11:00")
    void aWarningAcrossAHolidayWaitsForTheNextBusinessDay() {
        ProcessInstance instance = openAt("2026-06-03T15:00");
        Job warning = job(TIMER_SLA_WARNING, instance);
        assertThat(warning.getDuedate()).isEqualTo(Date.from(brasilia("2026-06-05T11:00")));

        fire(warning);
        tx.executeWithoutResult(s -> assertThat(reload(instance).getSlaWarnings()).singleElement()
                .satisfies(w -> assertThat(w.getWarnedAt()).isEqualTo(brasilia("2026-06-05T11:00"))));
    }

    @Test
    @DisplayName("R20: a warning that would fall at the closing (19:00) moves to the next opening, Tuesday 07:00")
    void aWarningAtTheClosingMovesToTheNextOpening() {
        // Monday 11:00 + 8 h = 19:00, the closing instant: the team has left; due Tuesday 09:00.
        ProcessInstance instance = openAt("2026-11-30T11:00");
        assertThat(job(TIMER_SLA_WARNING, instance).getDuedate()).isEqualTo(Date.from(brasilia("2026-12-01T07:00")));
    }

    @Test
    @DisplayName("R8/R20 the owner's lead time from Modeler: 1 business hour before a CST target, across the lunch break")
    void theLeadTimeIsTheOwnersAndCrossesTheLunchBreak() {
        deployWarning("<text>80</text>", "<text></text>", "<text>\"PT1H\"</text>");
        // An administrative ticket goes to CST (08–12, 13:30–18), NORMAL: 30 business hours from Monday 08:00 end
        // Thursday 14:00; one business hour before is Thursday 11:30 (12:00–13:30 does not count).
        ClockUtil.setCurrentTime(Date.from(brasilia("2026-11-30T08:00")));
        Ticket ticket = desk.open(ana, administrativeDraft(), null);
        ProcessInstance instance = instanceOf(ticket);
        assertThat(task(instance).getDueDate()).isEqualTo(Date.from(brasilia("2026-12-03T14:00")));
        assertThat(job(TIMER_SLA_WARNING, instance).getDuedate()).isEqualTo(Date.from(brasilia("2026-12-03T11:30")));
    }

    @Test
    @DisplayName("R16/R20: a transfer to CST moves a warning set for Protheus' 07:00 opening to CST's 08:00")
    void aTransferMovesTheWarningIntoTheNewTeamsHours() {
        ProcessInstance instance = openAt("2026-11-30T11:00"); // warning Tuesday 07:00, due Tuesday 09:00
        ClockUtil.setCurrentTime(Date.from(brasilia("2026-11-30T12:00")));
        complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.TRANSFER.name(), VAR_TRANSFER_TO.name(), "cst",
                VAR_TRANSFER_REASON.name(), "Assunto administrativo."));

        Job warning = job(TIMER_SLA_WARNING, instance);
        assertThat(warning.getDuedate()).isEqualTo(Date.from(brasilia("2026-12-01T08:00")));
        fire(warning);
        tx.executeWithoutResult(s -> assertThat(reload(instance).getSlaWarnings()).singleElement()
                .satisfies(w -> assertThat(w.getTeam()).isEqualTo("cst")));
        assertThat(task(instance).getPriority()).isEqualTo(75);
    }

    @Test
    @DisplayName("R20: a customer's reply restarts the target and with it the warning")
    void aRestartedTargetGetsANewWarning() {
        ProcessInstance instance = openAt("2026-11-30T10:00");
        complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.REQUEST_INFORMATION.name(), VAR_QUESTION.name(),
                "Qual a versão do TSS?"));
        ClockUtil.setCurrentTime(Date.from(brasilia("2026-12-02T09:00")));
        desk.reply(ana, instance.getBusinessKey(), "Versão 12.1.2410.");

        // Wednesday 09:00 + 8 business hours → Wednesday 17:00.
        assertThat(job(TIMER_SLA_WARNING, instance).getDuedate()).isEqualTo(Date.from(brasilia("2026-12-02T17:00")));
    }

    private ProcessInstance openAt(String brasiliaTime) {
        ClockUtil.setCurrentTime(Date.from(brasilia(brasiliaTime)));
        return instanceOf(desk.open(ana, supportDraft(Impact.ALTO, Urgency.ALTA), null));
    }

    /** The owner's version of deadlines.dmn: each pair replaces the first match after the row SLA_WARNING. */
    private void deployWarning(String... replacements) {
        String text;
        try {
            text = java.nio.file.Files.readString(java.nio.file.Path.of("processes", "deadlines.dmn"),
                    StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int row = text.indexOf("<rule id=\"Rule_SlaWarning\">");
        String head = text.substring(0, row);
        String rule = text.substring(row);
        // percent 80 → empty, then the empty duration of this row → "PT1H"
        rule = rule.replaceFirst(java.util.regex.Pattern.quote(replacements[0]), replacements[1]);
        rule = rule.replaceFirst("(<outputEntry id=\"LiteralExpression_SlaWarningDuration\">\\s*)<text></text>",
                "$1" + java.util.regex.Matcher.quoteReplacement(replacements[2]));
        engine.getRepositoryService().createDeployment().name("deadlines.dmn").source("Camunda Modeler")
                .addString("deadlines.dmn", head + rule).deploy();
    }

    private void fire(Job job) {
        ClockUtil.setCurrentTime(job.getDuedate());
        execute(job);
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

    private ProcessInstance instanceOf(Ticket ticket) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ticket.number().toString()).singleResult();
    }

    private Task task(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(TASK_ANALYZE).singleResult();
    }

    private Job job(String activityId, ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    private Ticket reload(ProcessInstance instance) {
        return tickets.findById(Long.parseLong(instance.getBusinessKey())).orElseThrow();
    }
}
