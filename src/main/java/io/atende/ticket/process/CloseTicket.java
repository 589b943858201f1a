package io.atende.ticket.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The contest window ended without a contest: the ticket closes by itself (R18). */
@Component("closeTicket")
class CloseTicket implements JavaDelegate {

    private final ProcessTickets tickets;

    CloseTicket(ProcessTickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tickets.change(execution, t -> t.closeWhenContestWindowEnds(tickets.now()));
    }
}
