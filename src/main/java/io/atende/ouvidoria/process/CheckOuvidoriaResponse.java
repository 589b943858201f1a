package io.atende.ouvidoria.process;

import static io.atende.ouvidoria.process.OuvidoriaProcess.*;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Refuses completing the case without a response (Tasklist and REST alike) and records who answered. */
@Component("checkOuvidoriaResponse")
class CheckOuvidoriaResponse implements TaskListener {

    static final int RESPONSE_MAX = 10_000;

    private final IdentityService identityService;

    CheckOuvidoriaResponse(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String response = VAR_RESPONSE.fromOrNull(task);
        if (response == null || response.isEmpty()) {
            throw new BadUserRequestException("Escreva a resposta ao cliente no campo 'response'.");
        }
        if (response.length() > RESPONSE_MAX) {
            throw new BadUserRequestException("A resposta aceita no máximo " + RESPONSE_MAX + " caracteres.");
        }
        VAR_AGENT.on(task).set(agentOf(task));
    }

    private String agentOf(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = identityService.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : "equipe Ouvidoria";
    }
}
