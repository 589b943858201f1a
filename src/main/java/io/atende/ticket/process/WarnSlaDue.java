package io.atende.ticket.process;

import static io.atende.ticket.TicketProcess.*;

import io.atende.ticket.Ticket;
import java.time.Instant;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The support target is near (timer {@code ${slaWarningAt}}, inside the team's business hours): the warning is
 * recorded, the analysis task rises in Tasklist (priority {@value #WARNED_TASK_PRIORITY}, the filter "Prazo
 * vencendo") and the team's leaders get an e-mail ({@code SlaWarned}). Nothing happens once the target has passed:
 * the breach tells the team then.
 */
@Component("warnSlaDue")
class WarnSlaDue implements JavaDelegate {

    static final int WARNED_TASK_PRIORITY = 75;

    private final ProcessTickets tickets;
    private final TaskService taskService;

    WarnSlaDue(ProcessTickets tickets, TaskService taskService) {
        this.tickets = tickets;
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant due = VAR_SLA_DUE_AT.fromOrNull(execution);
        if (due == null) {
            return;
        }
        Instant now = tickets.now();
        if (!now.isBefore(due)) {
            return;
        }
        Ticket ticket = tickets.of(execution);
        boolean recorded = ticket.recordSlaWarning(due, now);
        tickets.save(ticket);
        if (!recorded) {
            return;
        }
        for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(TASK_ANALYZE).list()) {
            if (task.getPriority() < WARNED_TASK_PRIORITY) {
                taskService.setPriority(task.getId(), WARNED_TASK_PRIORITY);
            }
        }
    }
}
