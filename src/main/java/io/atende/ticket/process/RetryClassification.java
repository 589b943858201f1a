package io.atende.ticket.process;

import io.atende.ticket.ClassificationGuard;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import io.atende.ticket.TicketProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The process administrator completed "Corrigir a classificação do ticket": the tables are tried again; when they
 * classify the ticket now, its incident is resolved and its lifecycle starts, else the completion is refused with
 * what still fails (the task and the incident stay).
 */
@Component("retryClassification")
class RetryClassification implements JavaDelegate {

    private final ClassificationGuard guard;
    private final RuntimeService runtimeService;

    RetryClassification(ClassificationGuard guard, @Lazy RuntimeService runtimeService) {
        this.guard = guard;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> variables = ClassificationGuard.lifecycleVariables(execution);
        Optional<String> problem = guard.problem(variables);
        if (problem.isPresent()) {
            throw new BadUserRequestException("A classificação ainda falha; corrija a tabela e conclua de novo. "
                    + problem.get());
        }
        for (Incident incident : runtimeService.createIncidentQuery().processInstanceId(execution.getProcessInstanceId())
                .incidentType(ClassificationGuard.INCIDENT_TYPE).list()) {
            runtimeService.resolveIncident(incident.getId());
        }
        runtimeService.startProcessInstanceByKey(TicketProcess.KEY, execution.getProcessBusinessKey(), variables);
    }
}
