package io.atende.ticket.process;

import static io.atende.ticket.process.TicketProcess.*;

import io.atende.account.CustomerDirectory;
import io.atende.platform.AsApplication;
import io.atende.ticket.Impact;
import io.atende.ticket.Priority;
import io.atende.ticket.SlaClock;
import io.atende.ticket.SlaTargets;
import io.atende.ticket.StaffFormat;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketNotFoundException;
import io.atende.ticket.TicketNumber;
import io.atende.ticket.TicketStateException;
import io.atende.ticket.Tickets;
import io.atende.ticket.Urgency;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agent corrects a ticket's impact and urgency during the analysis (issue 15, R20): the process owner's tables
 * give the new classification and targets (a Prime contract's override still applies), the support target is
 * recomputed from the start of the running clock, and the ticket, the process variables, the analysis task's due
 * date and its SLA timers (breach, warning) move to the new instants, all in one transaction.
 */
@Service
public class Reclassification {

    private final ProcessEngine engine;
    private final Tickets tickets;
    private final SlaClock slaClock;
    private final CustomerDirectory customers;
    private final Clock clock;

    Reclassification(ProcessEngine engine, Tickets tickets, SlaClock slaClock, CustomerDirectory customers,
            Clock clock) {
        this.engine = engine;
        this.tickets = tickets;
        this.slaClock = slaClock;
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * @throws TicketNotFoundException, io.atende.ticket.InvalidTicketException (no reason, same combination),
     *         TicketStateException (not in analysis, a table without an answer)
     */
    @Transactional
    public Ticket reclassify(TicketNumber number, Impact impact, Urgency urgency, String reason, String agent) {
        Ticket ticket = tickets.findById(number.value()).orElseThrow(() -> new TicketNotFoundException(number.toString()));
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(number.toString()).active().singleResult();
        Task task = instance == null ? null : engine.getTaskService().createTaskQuery()
                .processInstanceId(instance.getId()).taskDefinitionKey(TASK_ANALYZE).singleResult();
        if (task == null) {
            throw new TicketStateException("A classificação do ticket " + number + " muda durante a análise "
                    + "(a tarefa \"Analisar ticket\"); agora o ticket não está em análise.");
        }
        Priority priority = priority(impact, urgency);
        Map<String, Object> targets = evaluate(DECISION_SLA_TARGETS, Map.of(VAR_PRIORITY, priority.name()));
        if (!(targets.get(VAR_SUPPORT_HOURS) instanceof Number hours)
                || !(targets.get(VAR_MAINTENANCE_DAYS) instanceof Number days)) {
            throw new TicketStateException("A tabela sla-targets não deu as metas da classificação " + priority
                    + ". Avise o dono do processo.");
        }
        SlaTargets applied = SlaTargets.of(hours.intValue(), days.intValue(),
                customers.contractTerms(ticket.getCompanyId()), priority);
        Instant start = engine.getRuntimeService().getVariable(instance.getId(), VAR_SLA_STARTED_AT) instanceof Date d
                ? d.toInstant() : ticket.getOpenedAt();
        Instant due = slaClock.supportDueAt(ticket, ticket.getTeam(), applied.supportHours(), start);
        Instant warnAt = slaClock.supportWarningAt(ticket, ticket.getTeam(), applied.supportHours(), start, due);

        ticket.reclassify(impact, urgency, priority, due, reason, agent, clock.instant());
        tickets.saveAndFlush(ticket);

        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_IMPACT, impact.name());
        variables.put(VAR_URGENCY, urgency.name());
        variables.put(VAR_PRIORITY, priority.name());
        variables.put(VAR_SUPPORT_HOURS, applied.supportHours());
        variables.put(VAR_MAINTENANCE_DAYS, applied.maintenanceDays());
        variables.put(VAR_SLA_TARGETS_SOURCE, applied.source());
        variables.put(VAR_SLA_DUE_AT, Date.from(due));
        variables.put(VAR_SLA_WARNING_AT, Date.from(warnAt));
        engine.getRuntimeService().setVariables(instance.getId(), variables);
        task.setDueDate(Date.from(due));
        engine.getTaskService().saveTask(task);
        engine.getTaskService().setVariableLocal(task.getId(), VIEW_PRIORITY, priority.name());
        engine.getTaskService().setVariableLocal(task.getId(), VIEW_SLA_DUE, StaffFormat.due(due));
        moveTimer(instance, TIMER_SLA, due);
        moveTimer(instance, TIMER_SLA_WARNING, warnAt);
        return ticket;
    }

    private Priority priority(Impact impact, Urgency urgency) {
        Object priority = evaluate(DECISION_PRIORITY, Map.of(VAR_IMPACT, impact.name(), VAR_URGENCY, urgency.name()))
                .get(VAR_PRIORITY);
        try {
            return Priority.valueOf(String.valueOf(priority));
        } catch (IllegalArgumentException e) {
            throw new TicketStateException("A tabela ticket-priority não deu uma classificação para impacto " + impact
                    + " e urgência " + urgency + ". Avise o dono do processo.");
        }
    }

    private Map<String, Object> evaluate(String decision, Map<String, Object> inputs) {
        var result = AsApplication.run(engine, () -> engine.getDecisionService().evaluateDecisionByKey(decision)
                .variables(inputs).evaluate());
        return result.isEmpty() ? Map.of() : result.getFirstResult().getEntryMap();
    }

    /** The analysis task's timer {@code activityId} (absent in an owner's model without it) fires at {@code at}. */
    private void moveTimer(ProcessInstance instance, String activityId, Instant at) {
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).list()) {
            engine.getManagementService().setJobDuedate(job.getId(), Date.from(at));
        }
    }
}
