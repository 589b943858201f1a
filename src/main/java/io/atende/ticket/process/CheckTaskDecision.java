package io.atende.ticket.process;

import static io.atende.ticket.process.TicketProcess.*;

import io.atende.team.Teams;
import java.util.Set;
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

    private static final Set<String> OUTCOMES = Set.of(OUTCOME_PROPOSE_SOLUTION, OUTCOME_REQUEST_INFORMATION,
            OUTCOME_FORWARD_TO_MAINTENANCE, OUTCOME_TRANSFER);

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
        task.setVariable(VAR_AGENT, agentOf(task));
    }

    private void checkAnalysis(DelegateTask task) {
        String outcome = ProcessTickets.text(task, VAR_OUTCOME);
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw new BadUserRequestException("Escolha a decisão no campo 'outcome': PROPOSE_SOLUTION, "
                    + "REQUEST_INFORMATION, FORWARD_TO_MAINTENANCE ou TRANSFER.");
        }
        switch (outcome) {
            case OUTCOME_PROPOSE_SOLUTION -> require(task, VAR_SOLUTION, "Escreva a proposta de solução no campo 'solution'.");
            case OUTCOME_REQUEST_INFORMATION -> require(task, VAR_QUESTION, "Escreva a pergunta ao cliente no campo 'question'.");
            case OUTCOME_FORWARD_TO_MAINTENANCE -> require(task, VAR_NON_CONFORMITY,
                    "Descreva a não conformidade confirmada no campo 'nonConformity'.");
            default -> checkTransfer(task);
        }
    }

    private void checkTransfer(DelegateTask task) {
        String to = ProcessTickets.text(task, VAR_TRANSFER_TO);
        if (to == null || !teams.exists(to)) {
            throw new BadUserRequestException("Informe no campo 'transferTo' a equipe de destino, uma de: "
                    + String.join(", ", teams.ids()) + ".");
        }
        if (to.equals(task.getVariable(VAR_TEAM))) {
            throw new BadUserRequestException("O ticket já está com a equipe " + to + "; escolha outra equipe.");
        }
    }

    private static void require(DelegateTask task, String variable, String message) {
        String value = ProcessTickets.text(task, variable);
        if (value == null || value.isEmpty()) {
            throw new BadUserRequestException(message);
        }
    }

    private String agentOf(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = identityService.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : "equipe " + task.getVariable(VAR_TEAM);
    }
}
