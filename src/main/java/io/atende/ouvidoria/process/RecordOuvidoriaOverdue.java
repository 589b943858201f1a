package io.atende.ouvidoria.process;

import static io.atende.ouvidoria.process.OuvidoriaProcess.*;

import io.atende.ouvidoria.OuvidoriaDesk;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The response target passed: the case records it and the task goes to the top of the
 * Ouvidoria's Tasklist (priority); the work goes on (non-interrupting timer).
 */
@Component("recordOuvidoriaOverdue")
class RecordOuvidoriaOverdue implements JavaDelegate {

    private final OuvidoriaDesk desk;
    private final TaskService taskService;

    RecordOuvidoriaOverdue(OuvidoriaDesk desk, TaskService taskService) {
        this.desk = desk;
        this.taskService = taskService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (desk.recordOverdue(OuvidoriaDelegates.caseOf(execution))) {
            for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(TASK_ANSWER).list()) {
                taskService.setPriority(task.getId(), OVERDUE_TASK_PRIORITY);
            }
        }
    }
}
