package io.atende.ticket.process;

import static io.atende.ticket.process.TicketProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands the ticket to another team's queue; the deadline does not move (R16 counts transfers). */
@Component("transferTicket")
class TransferTicket implements JavaDelegate {

    private final ProcessTickets tickets;

    TransferTicket(ProcessTickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String toTeam = ProcessTickets.text(execution, VAR_TRANSFER_TO);
        tickets.change(execution, t -> t.transfer(toTeam, ProcessTickets.text(execution, VAR_TRANSFER_REASON),
                ProcessTickets.text(execution, VAR_AGENT), tickets.now()));
        execution.setVariable(VAR_TEAM, toTeam);
    }
}
