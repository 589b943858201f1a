package io.atende.ticket.process;

import static io.atende.ticket.TicketProcess.*;

import io.atende.team.Teams;
import io.atende.platform.ProcessVariable;
import io.atende.ticket.AnalysisOutcome;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Refuses a completion whose decision lacks what it needs (Tasklist and the REST API complete
 * tasks the same way, so the form's validation is repeated here), and records who decided.
 */
@Component("checkTaskDecision")
class CheckTaskDecision implements TaskListener {

    private final Teams teams;
    private final IdentityService identityService;

    CheckTaskDecision(Teams teams, IdentityService identityService) {
        this.teams = teams;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        if (TASK_FIX_NON_CONFORMITY.equals(task.getTaskDefinitionKey())) {
            require(task, VAR_SOLUTION, "Descreva a correção entregue no campo 'solution' (proposta de solução).");
        } else if (TASK_AWAIT_CUSTOMER.equals(task.getTaskDefinitionKey())) {
            require(task, VAR_RESUME_REASON, "Escreva no campo 'resumeReason' por que a análise retoma sem a resposta "
                    + "do cliente (ex.: o cliente respondeu por telefone). A resposta do cliente retoma a análise "
                    + "sozinha.");
        } else {
            checkAnalysis(task);
        }
        VAR_AGENT.on(task).set(agentOf(task));
    }

    private void checkAnalysis(DelegateTask task) {
        AnalysisOutcome outcome = VAR_OUTCOME.tryFrom(task).orElseThrow(() -> new BadUserRequestException(
                "Escolha a decisão no campo 'outcome': " + Stream.of(AnalysisOutcome.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")).replaceFirst(", (\\w+)$", " ou $1") + "."));
        switch (outcome) {
            case PROPOSE_SOLUTION -> require(task, VAR_SOLUTION, "Escreva a proposta de solução no campo 'solution'.");
            case REQUEST_INFORMATION -> require(task, VAR_QUESTION, "Escreva a pergunta ao cliente no campo 'question'.");
            case FORWARD_TO_MAINTENANCE -> require(task, VAR_NON_CONFORMITY,
                    "Descreva a não conformidade confirmada no campo 'nonConformity'.");
            case TRANSFER -> checkTransfer(task);
        }
    }

    private void checkTransfer(DelegateTask task) {
        String to = VAR_TRANSFER_TO.fromOrNull(task);
        if (to == null || !teams.exists(to)) {
            throw new BadUserRequestException("Informe no campo 'transferTo' a equipe de destino, uma de: "
                    + String.join(", ", teams.ids()) + ".");
        }
        // a transfer to the team that holds the ticket is refused by Ticket.transfer, rolling the completion back
    }

    private static void require(DelegateTask task, ProcessVariable<String> variable, String message) {
        String value = variable.fromOrNull(task);
        if (value == null || value.isEmpty()) {
            throw new BadUserRequestException(message);
        }
    }

    private String agentOf(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = identityService.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : "equipe " + VAR_TEAM.fromOrNull(task);
    }
}
