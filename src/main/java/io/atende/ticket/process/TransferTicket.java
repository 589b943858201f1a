package io.atende.ticket.process;

import static io.atende.ticket.process.TicketProcess.*;

import io.atende.ticket.SlaClock;
import io.atende.ticket.Ticket;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Hands the ticket to another team's queue; the deadline does not move (R16 counts transfers). The SLA warning
 * moves to the next opening of the new team's calendar when that team is closed then.
 */
@Component("transferTicket")
class TransferTicket implements JavaDelegate {

    private final ProcessTickets tickets;
    private final SlaClock slaClock;

    TransferTicket(ProcessTickets tickets, SlaClock slaClock) {
        this.tickets = tickets;
        this.slaClock = slaClock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String toTeam = ProcessTickets.text(execution, VAR_TRANSFER_TO);
        Ticket ticket = tickets.change(execution, t -> t.transfer(toTeam, ProcessTickets.text(execution, VAR_TRANSFER_REASON),
                ProcessTickets.text(execution, VAR_AGENT), tickets.now()));
        execution.setVariable(VAR_TEAM, toTeam);
        if (execution.getVariable(VAR_SLA_WARNING_AT) instanceof Date warnAt
                && execution.getVariable(VAR_SLA_DUE_AT) instanceof Date due) {
            execution.setVariable(VAR_SLA_WARNING_AT, ProcessTickets.date(
                    slaClock.warningFor(ticket, toTeam, warnAt.toInstant(), due.toInstant())));
        }
    }
}
