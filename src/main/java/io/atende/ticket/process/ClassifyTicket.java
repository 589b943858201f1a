package io.atende.ticket.process;

import static io.atende.ticket.TicketProcess.*;

import io.atende.ticket.Priority;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.internal.SlaClock;
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

    private final ProcessTickets tickets;
    private final SlaClock slaClock;
    private final SlaVariables sla;
    private final CustomerDirectory customers;

    ClassifyTicket(ProcessTickets tickets, SlaClock slaClock, SlaVariables sla, CustomerDirectory customers) {
        this.tickets = tickets;
        this.slaClock = slaClock;
        this.sla = sla;
        this.customers = customers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The sla-targets decision returns one row; keep its two numbers as typed variables, not the map.
        Map<String, Object> targets = VAR_SLA_TARGETS.fromOrNull(execution);
        tickets.of(execution); // a lifecycle started by hand has no ticket: refused before anything else
        if (targets == null || !(targets.get(VAR_SUPPORT_HOURS.name()) instanceof Number tableSupportHours)
                || !(targets.get(VAR_MAINTENANCE_DAYS.name()) instanceof Number tableMaintenanceDays)) {
            throw new BadUserRequestException("A tabela sla-targets não deu os prazos (" + VAR_SUPPORT_HOURS + ", "
                    + VAR_MAINTENANCE_DAYS + ") para a prioridade " + VAR_PRIORITY.tryFrom(execution).orElse(null)
                    + ". Confira a tabela no Modeler: cada prioridade precisa de uma linha com as duas saídas.");
        }
        VAR_SLA_TARGETS.on(execution).remove();

        Priority priority = VAR_PRIORITY.from(execution);
        String team = VAR_TEAM.from(execution);
        Instant now = tickets.now();
        Ticket ticket = tickets.of(execution);
        SlaTargets applied = SlaTargets.of(tableSupportHours.intValue(), tableMaintenanceDays.intValue(),
                customers.contractTerms(ticket.getCompanyId()), priority);
        VAR_SUPPORT_HOURS.on(execution).set(applied.supportHours());
        VAR_MAINTENANCE_DAYS.on(execution).set(applied.maintenanceDays());
        VAR_SLA_TARGETS_SOURCE.on(execution).set(applied.source());
        VAR_SLA_CALENDAR.on(execution).set(slaClock.calendarFor(ticket, team));

        SlaVariables.Target target = sla.target(ticket, team, applied.supportHours(), now);
        tickets.change(execution, t -> {
            t.classify(priority, team, target.dueAt(), now);
            if (applied.fromContract()) {
                t.noteContractTargets(applied.supportHours(), applied.maintenanceDays(), now);
            }
        });
        sla.write(execution, target);
    }
}
