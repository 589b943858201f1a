package io.atende.ticket.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The lifecycle reached an end of a proposal: the ticket closes, as accepted when the customer accepted it, else
 * because the contest window ended (R18). A service task on the window's path and a start listener of the end
 * event "Ticket fechado (aceito)": the ticket is FECHADO when the model says so, also when a process owner adds
 * steps after the acceptance.
 */
@Component("closeTicket")
class CloseTicket implements JavaDelegate {

    private final ProcessTickets tickets;

    CloseTicket(ProcessTickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tickets.change(execution, t -> t.closeAtEndOfProposal(tickets.now()));
    }
}
