package io.atende.ticket.process;

import static io.atende.ticket.TicketProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The team completes "Aguardar resposta do cliente": the analysis resumes without the reply (the customer answered by
 * phone, say), with the reason in the history the customer reads; the support target then starts again (R17, R20).
 * Runs after {@code checkTaskDecision}, which refuses a completion without a reason.
 */
@Component("resumeWithoutReply")
class ResumeWithoutReply implements TaskListener {

    private final ProcessTickets tickets;

    ResumeWithoutReply(ProcessTickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public void notify(DelegateTask task) {
        tickets.changeLocked(task.getExecution(), t -> t.resumeWithoutReply(VAR_RESUME_REASON.fromOrNull(task),
                VAR_AGENT.fromOrNull(task), tickets.now()));
    }
}
