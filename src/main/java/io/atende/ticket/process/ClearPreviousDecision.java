package io.atende.ticket.process;

import static io.atende.ticket.TicketProcess.*;

import io.atende.platform.ProcessVariable;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A new decision starts empty: the fields of an earlier completion (e.g. the solution of a
 * contested proposal) must neither pre-fill the form nor satisfy its validation.
 */
@Component("clearPreviousDecision")
class ClearPreviousDecision implements TaskListener {

    private static final List<String> ANALYSIS_FIELDS = Stream.of(VAR_OUTCOME, VAR_SOLUTION, VAR_QUESTION,
            VAR_NON_CONFORMITY, VAR_TRANSFER_TO, VAR_TRANSFER_REASON).map(ProcessVariable::name).toList();

    @Override
    public void notify(DelegateTask task) {
        // Manutenção reads the non-conformity the support team wrote; only its own answer is cleared.
        List<String> fields = switch (task.getTaskDefinitionKey()) {
            case TASK_FIX_NON_CONFORMITY -> List.of(VAR_SOLUTION.name());
            case TASK_AWAIT_CUSTOMER -> List.of(VAR_RESUME_REASON.name());
            default -> ANALYSIS_FIELDS;
        };
        task.getExecution().removeVariables(fields);
    }
}
