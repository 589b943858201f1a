package io.atende.ticket.process;

import static io.atende.ticket.TicketProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The team asks the customer; the ticket waits for the reply with the SLA clock stopped (R17, R20). */
@Component("requestInformation")
class RequestInformation implements JavaDelegate {

    private final ProcessTickets tickets;
    private final SlaVariables sla;

    RequestInformation(ProcessTickets tickets, SlaVariables sla) {
        this.tickets = tickets;
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tickets.change(execution, t -> t.requestInformation(VAR_QUESTION.fromOrNull(execution),
                VAR_AGENT.fromOrNull(execution), tickets.now()));
        sla.pause(execution);
    }
}
