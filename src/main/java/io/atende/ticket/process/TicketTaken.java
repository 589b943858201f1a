package io.atende.ticket.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** An agent claimed the analysis task: the customer sees EM_ANALISE. */
@Component("ticketTaken")
class TicketTaken implements TaskListener {

    private final ProcessTickets tickets;

    TicketTaken(ProcessTickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() != null) {
            tickets.change(task.getExecution(), t -> t.startAnalysis(task.getAssignee(), tickets.now()));
        }
    }
}
