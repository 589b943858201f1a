package io.atende.ticket.process;

import static io.atende.ticket.process.TicketProcess.*;

import io.atende.ticket.Priority;
import io.atende.ticket.SlaClock;
import io.atende.ticket.Ticket;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the opening decisions on the ticket and starts the first SLA clock (R20). */
@Component("classifyTicket")
class ClassifyTicket implements JavaDelegate {

    private static final String SLA_TARGETS = "slaTargets";

    private final ProcessTickets tickets;
    private final SlaClock slaClock;

    ClassifyTicket(ProcessTickets tickets, SlaClock slaClock) {
        this.tickets = tickets;
        this.slaClock = slaClock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The sla-targets decision returns one row; keep its two numbers as typed variables, not the map.
        @SuppressWarnings("unchecked")
        Map<String, Object> targets = (Map<String, Object>) execution.getVariable(SLA_TARGETS);
        int supportHours = ((Number) targets.get(VAR_SUPPORT_HOURS)).intValue();
        int maintenanceDays = ((Number) targets.get(VAR_MAINTENANCE_DAYS)).intValue();
        execution.removeVariable(SLA_TARGETS);
        execution.setVariable(VAR_SUPPORT_HOURS, supportHours);
        execution.setVariable(VAR_MAINTENANCE_DAYS, maintenanceDays);

        Priority priority = Priority.valueOf((String) execution.getVariable(VAR_PRIORITY));
        String team = (String) execution.getVariable(VAR_TEAM);
        Instant now = tickets.now();
        Ticket ticket = tickets.change(execution,
                t -> t.classify(priority, team, slaClock.supportDueAt(t, team, supportHours, now), now));
        Instant due = ticket.getSlaDueAt();
        execution.setVariable(VAR_SLA_DUE_AT, ProcessTickets.date(due));
    }
}
