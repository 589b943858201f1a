package io.atende.ouvidoria.process;

import io.atende.ouvidoria.OuvidoriaNumber;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The case behind an execution of the ouvidoria process: its business key. */
final class OuvidoriaDelegates {

    private OuvidoriaDelegates() {
    }

    static OuvidoriaNumber caseOf(DelegateExecution execution) {
        return OuvidoriaNumber.parse(execution.getProcessBusinessKey()).orElseThrow(() -> new IllegalStateException(
                "Business key is not an Ouvidoria case number: " + execution.getProcessBusinessKey()));
    }
}
