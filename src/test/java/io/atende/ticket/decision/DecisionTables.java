package io.atende.ticket.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;

/**
 * Test fixtures: the decision tables in {@code processes/}, parsed by a standalone DMN engine with
 * Camunda's defaults (FEEL), the way the process engine evaluates them from a business rule task.
 */
final class DecisionTables {

    /** The folder the process owner edits in Camunda Modeler; Maven runs tests from the project root. */
    static final Path PROCESSES = Path.of("processes");

    private static final DmnEngine ENGINE =
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private DecisionTables() {
    }

    /** Parses {@code processes/<decisionKey>.dmn} and returns the decision with that key. */
    static DmnDecision load(String decisionKey) {
        try (InputStream in = Files.newInputStream(PROCESSES.resolve(decisionKey + ".dmn"))) {
            return ENGINE.parseDecision(decisionKey, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Evaluates the decision with the given variables; values may be {@code null}. */
    static DmnDecisionResult evaluate(DmnDecision decision, Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return evaluate(decision, variables);
    }

    /** Evaluates the decision with exactly these variables (a missing one is not even null). */
    static DmnDecisionResult evaluate(DmnDecision decision, Map<String, Object> variables) {
        return ENGINE.evaluateDecision(decision, variables);
    }

    /** How many rows the table has, so a test can prove it exercised each one. */
    static int ruleCount(DmnDecision decision) {
        return ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().size();
    }
}
