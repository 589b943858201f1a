package io.atende.ticket.decision;

import static io.atende.ticket.TicketProcess.DECISION_SLA_TARGETS;
import static io.atende.ticket.TicketProcess.VAR_MAINTENANCE_DAYS;
import static io.atende.ticket.TicketProcess.VAR_PRIORITY;
import static io.atende.ticket.TicketProcess.VAR_SUPPORT_HOURS;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.UniqueHitPolicyHandler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaTargetsDecisionTests {

    private static final DmnDecision DECISION = DecisionTables.load(DECISION_SLA_TARGETS);

    @ParameterizedTest(name = "{0} → suporte {1} h úteis, manutenção {2} dias úteis")
    @CsvSource({
            "URGENTE, 10,  4",
            "ALTO,    20, 10",
            "NORMAL,  30, 30",
            "BAIXO,   40, 45"
    })
    @DisplayName("R20: each classification has its support hours and maintenance days")
    void givesSupportHoursAndMaintenanceDaysPerClassification(String priority, int supportHours, int maintenanceDays) {
        DmnDecisionResult result = DecisionTables.evaluate(DECISION, VAR_PRIORITY.name(), priority);

        // singleResult is how the business rule task maps the result: both entries become variables
        assertThat(result).hasSize(1);
        DmnDecisionResultEntries targets = result.getSingleResult();
        assertThat(targets.getEntryMap()).containsOnlyKeys(VAR_SUPPORT_HOURS.name(), VAR_MAINTENANCE_DAYS.name());
        assertThat(targets.<Object>getEntry(VAR_SUPPORT_HOURS.name())).isInstanceOf(Integer.class).isEqualTo(supportHours);
        assertThat(targets.<Object>getEntry(VAR_MAINTENANCE_DAYS.name())).isInstanceOf(Integer.class).isEqualTo(maintenanceDays);
    }

    @Test
    @DisplayName("R20: one row per classification (4), each tested above")
    void hasOneRowPerClassification() {
        assertThat(DecisionTables.ruleCount(DECISION)).isEqualTo(4);
        assertThat(((DmnDecisionTableImpl) DECISION.getDecisionLogic()).getHitPolicyHandler())
                .isInstanceOf(UniqueHitPolicyHandler.class);
    }
}
