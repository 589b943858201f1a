package io.atende.ticket.process;

import static io.atende.ticket.process.TicketProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The team asks the customer; the ticket waits for the reply with the SLA clock stopped (R17, R20). */
@Component("requestInformation")
class RequestInformation implements JavaDelegate {

    private final ProcessTickets tickets;

    RequestInformation(ProcessTickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tickets.change(execution, t -> t.requestInformation(ProcessTickets.text(execution, VAR_QUESTION),
                ProcessTickets.text(execution, VAR_AGENT), tickets.now()));
        execution.removeVariable(VAR_SLA_DUE_AT);
        execution.removeVariable(VAR_SLA_WARNING_AT);
    }
}
