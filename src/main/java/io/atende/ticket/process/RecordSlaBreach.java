package io.atende.ticket.process;

import static io.atende.ticket.TicketProcess.*;

import io.atende.ticket.SlaBreach;
import io.atende.ticket.Ticket;
import java.time.Instant;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A deadline passed while the team still holds the task: the breach is stored for reporting and
 * the team is told by raising the task to the top of its Tasklist (priority) with a history note.
 * The work itself goes on (the timer does not interrupt the task).
 */
@Component("recordSlaBreach")
class RecordSlaBreach implements JavaDelegate {

    static final int BREACHED_TASK_PRIORITY = 100;

    private final ProcessTickets tickets;
    private final TaskService taskService;

    RecordSlaBreach(ProcessTickets tickets, TaskService taskService) {
        this.tickets = tickets;
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SlaBreach.Target target = VAR_BREACHED_TARGET.from(execution);
        Instant dueAt = (target == SlaBreach.Target.SUPPORT ? VAR_SLA_DUE_AT : VAR_MAINTENANCE_DUE_AT).from(execution);
        Ticket ticket = tickets.of(execution);
        boolean recorded = ticket.recordSlaBreach(target, dueAt, tickets.now());
        tickets.save(ticket);
        if (recorded) {
            String taskKey = target == SlaBreach.Target.SUPPORT ? TASK_ANALYZE : TASK_FIX_NON_CONFORMITY;
            for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(taskKey).list()) {
                taskService.setPriority(task.getId(), BREACHED_TASK_PRIORITY);
            }
        }
    }
}
