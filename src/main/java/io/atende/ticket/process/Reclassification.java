package io.atende.ticket.process;

import static io.atende.ticket.TicketProcess.*;

import io.atende.account.CustomerDirectory;
import io.atende.platform.AsApplication;
import io.atende.ticket.Impact;
import io.atende.ticket.Priority;
import io.atende.platform.ProcessVariable;
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
    private final SlaVariables sla;
    private final CustomerDirectory customers;
    private final Clock clock;

    Reclassification(ProcessEngine engine, Tickets tickets, SlaVariables sla, CustomerDirectory customers,
            Clock clock) {
        this.engine = engine;
        this.tickets = tickets;
        this.sla = sla;
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
        Map<String, Object> targets = evaluate(DECISION_SLA_TARGETS, ProcessVariable.map(VAR_PRIORITY.is(priority)));
        if (!(targets.get(VAR_SUPPORT_HOURS.name()) instanceof Number hours)
                || !(targets.get(VAR_MAINTENANCE_DAYS.name()) instanceof Number days)) {
            throw new TicketStateException("A tabela sla-targets não deu as metas da classificação " + priority
                    + ". Avise o dono do processo.");
        }
        SlaTargets applied = SlaTargets.of(hours.intValue(), days.intValue(),
                customers.contractTerms(ticket.getCompanyId()), priority);
        Instant start = sla.startedAt(engine.getRuntimeService(), instance.getId(), ticket);
        SlaVariables.Target target = sla.target(ticket, ticket.getTeam(), applied.supportHours(), start);
        Instant due = target.dueAt();

        ticket.reclassify(impact, urgency, priority, due, reason, agent, clock.instant());
        tickets.saveAndFlush(ticket);

        engine.getRuntimeService().setVariables(instance.getId(), ProcessVariable.map(VAR_IMPACT.is(impact),
                VAR_URGENCY.is(urgency), VAR_PRIORITY.is(priority), VAR_SUPPORT_HOURS.is(applied.supportHours()),
                VAR_MAINTENANCE_DAYS.is(applied.maintenanceDays()), VAR_SLA_TARGETS_SOURCE.is(applied.source())));
        sla.write(engine.getRuntimeService(), instance.getId(), target);
        task.setDueDate(Date.from(due));
        engine.getTaskService().saveTask(task);
        VIEW_PRIORITY.setLocal(engine.getTaskService(), task.getId(), priority.name());
        VIEW_SLA_DUE.setLocal(engine.getTaskService(), task.getId(), StaffFormat.due(due));
        moveTimer(instance, TIMER_SLA, due);
        moveTimer(instance, TIMER_SLA_WARNING, target.warningAt());
        return ticket;
    }

    private Priority priority(Impact impact, Urgency urgency) {
        Object priority = evaluate(DECISION_PRIORITY, ProcessVariable.map(VAR_IMPACT.is(impact), VAR_URGENCY.is(urgency)))
                .get(VAR_PRIORITY.name());
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
