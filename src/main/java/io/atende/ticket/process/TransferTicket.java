package io.atende.ticket.process;

import static io.atende.ticket.TicketProcess.*;

import io.atende.ticket.Ticket;
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
    private final SlaVariables sla;

    TransferTicket(ProcessTickets tickets, SlaVariables sla) {
        this.tickets = tickets;
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String toTeam = VAR_TRANSFER_TO.from(execution);
        Ticket ticket = tickets.change(execution, t -> t.transfer(toTeam, VAR_TRANSFER_REASON.fromOrNull(execution),
                VAR_AGENT.fromOrNull(execution), tickets.now()));
        VAR_TEAM.on(execution).set(toTeam);
        sla.transferred(execution, ticket, toTeam);
    }
}
