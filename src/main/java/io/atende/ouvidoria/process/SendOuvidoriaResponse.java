package io.atende.ouvidoria.process;

import static io.atende.ouvidoria.process.OuvidoriaProcess.*;

import io.atende.ouvidoria.OuvidoriaDesk;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the response on the case, which publishes it for the e-mail to the customer. */
@Component("sendOuvidoriaResponse")
class SendOuvidoriaResponse implements JavaDelegate {

    private final OuvidoriaDesk desk;

    SendOuvidoriaResponse(OuvidoriaDesk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        desk.answer(OuvidoriaDelegates.caseOf(execution), VAR_RESPONSE.fromOrNull(execution),
                VAR_AGENT.fromOrNull(execution));
    }
}
