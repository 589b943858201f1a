package io.atende.ticket.process;

import static io.atende.ticket.process.TicketProcess.*;

import io.atende.ticket.Priority;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.SlaClock;
import io.atende.ticket.SlaTargets;
import io.atende.ticket.Ticket;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stores the opening decisions on the ticket and starts the first SLA clock (R20). The
 * {@code sla-targets} table gives the default targets; a Prime contract's override for the
 * classification replaces them (R14), and {@code slaTargetsSource} records which applied.
 */
@Component("classifyTicket")
class ClassifyTicket implements JavaDelegate {

    private static final String SLA_TARGETS = "slaTargets";

    private final ProcessTickets tickets;
    private final SlaClock slaClock;
    private final CustomerDirectory customers;

    ClassifyTicket(ProcessTickets tickets, SlaClock slaClock, CustomerDirectory customers) {
        this.tickets = tickets;
        this.slaClock = slaClock;
        this.customers = customers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The sla-targets decision returns one row; keep its two numbers as typed variables, not the map.
        @SuppressWarnings("unchecked")
        Map<String, Object> targets = (Map<String, Object>) execution.getVariable(SLA_TARGETS);
        tickets.of(execution); // a lifecycle started by hand has no ticket: refused before anything else
        if (targets == null || !(targets.get(VAR_SUPPORT_HOURS) instanceof Number)
                || !(targets.get(VAR_MAINTENANCE_DAYS) instanceof Number)) {
            throw new BadUserRequestException("A tabela sla-targets não deu os prazos (" + VAR_SUPPORT_HOURS + ", "
                    + VAR_MAINTENANCE_DAYS + ") para a prioridade " + execution.getVariable(VAR_PRIORITY) + ". Confira "
                    + "a tabela no Modeler: cada prioridade precisa de uma linha com as duas saídas.");
        }
        int tableSupportHours = ((Number) targets.get(VAR_SUPPORT_HOURS)).intValue();
        int tableMaintenanceDays = ((Number) targets.get(VAR_MAINTENANCE_DAYS)).intValue();
        execution.removeVariable(SLA_TARGETS);

        Priority priority = Priority.valueOf((String) execution.getVariable(VAR_PRIORITY));
        String team = (String) execution.getVariable(VAR_TEAM);
        Instant now = tickets.now();
        Ticket ticket = tickets.of(execution);
        SlaTargets applied = SlaTargets.of(tableSupportHours, tableMaintenanceDays,
                customers.contractTerms(ticket.getCompanyId()), priority);
        execution.setVariable(VAR_SUPPORT_HOURS, applied.supportHours());
        execution.setVariable(VAR_MAINTENANCE_DAYS, applied.maintenanceDays());
        execution.setVariable(VAR_SLA_TARGETS_SOURCE, applied.source());
        execution.setVariable(VAR_SLA_CALENDAR, slaClock.calendarFor(ticket, team));

        ticket = tickets.change(execution, t -> {
            t.classify(priority, team, slaClock.supportDueAt(t, team, applied.supportHours(), now), now);
            if (applied.fromContract()) {
                t.noteContractTargets(applied.supportHours(), applied.maintenanceDays(), now);
            }
        });
        Instant due = ticket.getSlaDueAt();
        execution.setVariable(VAR_SLA_DUE_AT, ProcessTickets.date(due));
        execution.setVariable(VAR_SLA_STARTED_AT, ProcessTickets.date(now));
        execution.setVariable(VAR_SLA_WARNING_AT, ProcessTickets.date(
                slaClock.supportWarningAt(ticket, team, applied.supportHours(), now, due)));
    }
}
