package io.atende.ticket.process;

import static io.atende.ticket.process.TicketProcess.*;

import io.atende.ticket.SlaClock;
import io.atende.ticket.Ticket;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Analysis starts again (contested, customer replied): a whole new support target (R20). */
@Component("restartSlaClock")
class RestartSlaClock implements JavaDelegate {

    private final ProcessTickets tickets;
    private final SlaClock slaClock;

    RestartSlaClock(ProcessTickets tickets, SlaClock slaClock) {
        this.tickets = tickets;
        this.slaClock = slaClock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int hours = (Integer) execution.getVariable(VAR_SUPPORT_HOURS);
        Instant now = tickets.now();
        Ticket ticket = tickets.change(execution,
                t -> t.restartSla(slaClock.supportDueAt(t, t.getTeam(), hours, now)));
        Instant due = ticket.getSlaDueAt();
        execution.setVariable(VAR_SLA_DUE_AT, ProcessTickets.date(due));
        execution.setVariable(VAR_SLA_STARTED_AT, ProcessTickets.date(now));
        execution.setVariable(VAR_SLA_WARNING_AT, ProcessTickets.date(
                slaClock.supportWarningAt(ticket, ticket.getTeam(), hours, now, due)));
    }
}
