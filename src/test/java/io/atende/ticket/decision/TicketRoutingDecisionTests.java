package io.atende.ticket.decision;

import static io.atende.ticket.TicketProcess.DECISION_ROUTING;
import static io.atende.ticket.TicketProcess.VAR_CONTRACT_TEAM;
import static io.atende.ticket.TicketProcess.VAR_OFFER;
import static io.atende.ticket.TicketProcess.VAR_PRODUCT;
import static io.atende.ticket.TicketProcess.VAR_TEAM;
import static io.atende.ticket.TicketProcess.VAR_TYPE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.FirstHitPolicyHandler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketRoutingDecisionTests {

    private static final DmnDecision DECISION = DecisionTables.load(DECISION_ROUTING);

    @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
    @CsvSource({
            // row 1: administrative and financial requests go to CST whatever the product or offer
            "ADMINISTRATIVO,         ,         PADRAO, cst",
            "ADMINISTRATIVO,         PROTHEUS, PRIME,  cst",
            "ADMINISTRATIVO,         FLY01,    FLY01,  cst",
            // row 4: support for a Prime customer goes to Prime, before any product row
            "SUPORTE,                PROTHEUS, PRIME,  prime",
            "SUPORTE,                CLOUD,    PRIME,  prime",
            // rows 5-6: the Fly01 and Cloud products have their own teams
            "SUPORTE,                FLY01,    FLY01,  sac-fly01",
            "CONSULTORIA_TELEFONICA, FLY01,    FLY01,  sac-fly01",
            "SUPORTE,                CLOUD,    CLOUD,  cloud",
            // rows 7-13: the product line's support team
            "SUPORTE,                PROTHEUS, PADRAO, suporte-protheus",
            "SUPORTE,                RM,       PADRAO, suporte-rm",
            "SUPORTE,                DATASUL,  PADRAO, suporte-datasul",
            "SUPORTE,                LOGIX,    PADRAO, suporte-logix",
            "SUPORTE,                SERIE1,   PADRAO, suporte-serie1",
            "SUPORTE,                RMS,      PADRAO, suporte-rms",
            "SUPORTE,                FLUIG,    PADRAO, suporte-fluig",
            // phone consulting of a Prime customer is not Prime support: the product decides
            "CONSULTORIA_TELEFONICA, RM,       PRIME,  suporte-rm",
            // row 14: nothing else matched (no product given) — CST triages
            "SUPORTE,                ,         PADRAO, cst",
            "CONSULTORIA_TELEFONICA, ,         CLOUD,  cst"
    })
    @DisplayName("R9, R14, R16, R22: type, product and offer route the ticket to one team")
    void routesToTeam(String type, String product, String offer, String team) {
        DmnDecisionResult result = DecisionTables.evaluate(DECISION,
                VAR_TYPE.name(), type, VAR_PRODUCT.name(), product, VAR_OFFER.name(), offer);

        // FIRST hit policy: exactly one row answers; singleEntry is how the business rule task maps it
        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys(VAR_TEAM.name());
        assertThat((String) result.getSingleEntry()).isEqualTo(team);
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / contract team {3} → {4}")
    @CsvSource({
            // row 2: a customization demand goes to the team the contract names, whatever product or offer
            "CUSTOMIZACAO, PROTHEUS, PRIME,  customizacao-aco, customizacao-aco",
            "CUSTOMIZACAO, FLY01,    FLY01,  fabrica-rm,       fabrica-rm",
            // row 3: without a team in the contract, Customização takes it
            "CUSTOMIZACAO, PROTHEUS, PADRAO, ,                 customizacao",
            "CUSTOMIZACAO, RM,       PRIME,  ,                 customizacao",
            // the contract's team only matters for customization demands
            "SUPORTE,      PROTHEUS, PRIME,  customizacao-aco, prime",
            "ADMINISTRATIVO, ,       PRIME,  customizacao-aco, cst"
    })
    @DisplayName("R9, R14, R22: customization demands go to the contract's team, else to customizacao")
    void routesCustomizationToContractTeam(String type, String product, String offer, String contractTeam, String team) {
        DmnDecisionResult result = DecisionTables.evaluate(DECISION,
                VAR_TYPE.name(), type, VAR_PRODUCT.name(), product, VAR_OFFER.name(), offer, VAR_CONTRACT_TEAM.name(), contractTeam);

        assertThat(result).hasSize(1);
        assertThat((String) result.getSingleEntry()).isEqualTo(team);
    }

    @Test
    @DisplayName("R16: a ticket whose process never set the product variable still gets a team")
    void routesEvenWhenProductVariableIsAbsent() {
        DmnDecisionResult result = DecisionTables.evaluate(DECISION, Map.of(VAR_TYPE.name(), "SUPORTE", VAR_OFFER.name(), "PADRAO"));

        assertThat((String) result.getSingleEntry()).isEqualTo("cst");
    }

    @Test
    @DisplayName("R16: first matching row wins; 14 rows, each exercised above, the last a catch-all")
    void hasFourteenRowsEndingWithCatchAll() {
        DmnDecisionTableImpl table = (DmnDecisionTableImpl) DECISION.getDecisionLogic();

        assertThat(table.getRules()).hasSize(14);
        assertThat(table.getHitPolicyHandler()).isInstanceOf(FirstHitPolicyHandler.class);
        assertThat(table.getRules().get(13).getConditions())
                .allSatisfy(condition -> assertThat(condition.getExpression()).isNullOrEmpty());
    }
}
