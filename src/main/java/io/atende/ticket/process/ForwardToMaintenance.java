package io.atende.ticket.process;

import static io.atende.ticket.TicketProcess.*;

import io.atende.ticket.internal.SlaClock;
import io.atende.ticket.Ticket;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A confirmed non-conformity goes to Manutenção under the maintenance target in business days (R20, R22). */
@Component("forwardToMaintenance")
class ForwardToMaintenance implements JavaDelegate {

    private final ProcessTickets tickets;
    private final SlaClock slaClock;

    ForwardToMaintenance(ProcessTickets tickets, SlaClock slaClock) {
        this.tickets = tickets;
        this.slaClock = slaClock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Ticket ticket = tickets.of(execution);
        Instant now = tickets.now();
        int days = VAR_MAINTENANCE_DAYS.from(execution);
        Instant due = slaClock.maintenanceDueAt(ticket, days, now);
        tickets.change(execution, t -> t.forwardToMaintenance(VAR_NON_CONFORMITY.fromOrNull(execution),
                VAR_AGENT.fromOrNull(execution), due, now));
        VAR_MAINTENANCE_DUE_AT.on(execution).set(due);
    }
}
