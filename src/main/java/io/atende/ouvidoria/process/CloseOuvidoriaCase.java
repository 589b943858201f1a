package io.atende.ouvidoria.process;

import io.atende.ouvidoria.OuvidoriaDesk;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the answered case; the survey module invites the customer when it hears of it (R21). */
@Component("closeOuvidoriaCase")
class CloseOuvidoriaCase implements JavaDelegate {

    private final OuvidoriaDesk desk;

    CloseOuvidoriaCase(OuvidoriaDesk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        desk.close(OuvidoriaDelegates.caseOf(execution));
    }
}
