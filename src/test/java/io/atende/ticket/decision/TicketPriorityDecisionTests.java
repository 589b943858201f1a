package io.atende.ticket.decision;

import static io.atende.ticket.TicketProcess.DECISION_PRIORITY;
import static io.atende.ticket.TicketProcess.VAR_IMPACT;
import static io.atende.ticket.TicketProcess.VAR_PRIORITY;
import static io.atende.ticket.TicketProcess.VAR_URGENCY;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.UniqueHitPolicyHandler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketPriorityDecisionTests {

    private static final DmnDecision DECISION = DecisionTables.load(DECISION_PRIORITY);

    @ParameterizedTest(name = "impacto {0} × urgência {1} → {2}")
    @CsvSource({
            "ALTO,  ALTA,  URGENTE",
            "ALTO,  MEDIA, ALTO",
            "MEDIO, ALTA,  ALTO",
            "ALTO,  BAIXA, NORMAL",
            "MEDIO, MEDIA, NORMAL",
            "BAIXO, ALTA,  NORMAL",
            "MEDIO, BAIXA, BAIXO",
            "BAIXO, MEDIA, BAIXO",
            "BAIXO, BAIXA, BAIXO"
    })
    @DisplayName("R20: impact × urgency gives the default classification")
    void classifiesByImpactAndUrgency(String impact, String urgency, String priority) {
        DmnDecisionResult result = DecisionTables.evaluate(DECISION, VAR_IMPACT.name(), impact, VAR_URGENCY.name(), urgency);

        // singleEntry is how the business rule task maps the result (camunda:mapDecisionResult)
        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys(VAR_PRIORITY.name());
        assertThat((String) result.getSingleEntry()).isEqualTo(priority);
    }

    @Test
    @DisplayName("R20: the matrix has one row per impact × urgency pair (9), each tested above")
    void hasOneRowPerImpactAndUrgencyPair() {
        assertThat(DecisionTables.ruleCount(DECISION)).isEqualTo(9);
        assertThat(((DmnDecisionTableImpl) DECISION.getDecisionLogic()).getHitPolicyHandler())
                .isInstanceOf(UniqueHitPolicyHandler.class);
    }

    @Test
    @DisplayName("R20: an impact outside the matrix matches no row (no classification is invented)")
    void leavesUnknownImpactUnclassified() {
        DmnDecisionResult result = DecisionTables.evaluate(DECISION, VAR_IMPACT.name(), "CRITICO", VAR_URGENCY.name(), "ALTA");

        assertThat(result).isEmpty();
    }
}
