package io.atende.ticket.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.account.Offer;
import io.atende.ticket.ChannelEntitlement;
import io.atende.ticket.Channel;
import io.atende.ticket.ServicePurpose;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.FirstHitPolicyHandler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ChannelEntitlementDecisionTests {

    private static final DmnDecision DECISION = DecisionTables.load(ChannelEntitlement.DECISION);

    /** R5 and R13 written out, independently of the table: what each purpose and offer may use. */
    static boolean expected(ServicePurpose purpose, Offer offer, Channel channel) {
        if (purpose == ServicePurpose.OUVIDORIA) {
            return EnumSet.of(Channel.TELEFONE, Channel.PORTAL, Channel.CHAT).contains(channel);
        }
        return switch (channel) {
            case TELEFONE, PORTAL, APP, FLUIG -> true;
            case CHAT -> Set.of(Offer.CLOUD, Offer.PRIME, Offer.FLY01).contains(offer);
            case EMAIL -> offer == Offer.PRIME;
        };
    }

    static Stream<Arguments> everyPurposeOfferAndChannel() {
        return Stream.of(ServicePurpose.values()).flatMap(purpose -> Stream.of(Offer.values())
                .flatMap(offer -> Stream.of(Channel.values())
                        .map(channel -> Arguments.of(purpose, offer, channel, expected(purpose, offer, channel)))));
    }

    @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
    @MethodSource("everyPurposeOfferAndChannel")
    @DisplayName("R5, R13: every purpose × offer × channel gets exactly one answer, the rule's")
    void answersEveryCombinationAsTheRulesSay(ServicePurpose purpose, Offer offer, Channel channel, boolean allowed) {
        DmnDecisionResult result = evaluate(purpose.name(), offer.name(), channel.name());

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("allowed");
        assertThat((Boolean) result.getSingleEntry()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "row {0}: {1} / {2} / {3} → {4}")
    @CsvSource({
            "1, OUVIDORIA,   PADRAO, CHAT,     true",
            "1, OUVIDORIA,   PADRAO, TELEFONE, true",
            "2, OUVIDORIA,   PRIME,  EMAIL,    false",
            "3, ATENDIMENTO, FLY01,  CHAT,     true",
            "4, ATENDIMENTO, PADRAO, CHAT,     false",
            "5, ATENDIMENTO, PRIME,  EMAIL,    true",
            "6, ATENDIMENTO, CLOUD,  EMAIL,    false",
            "7, ATENDIMENTO, PADRAO, FLUIG,    true",
            "8, ATENDIMENTO, PADRAO, FAX,      false"
    })
    @DisplayName("R5, R13: each of the eight rows, in order, answers what its description says")
    void eachRowAnswers(int row, String purpose, String offer, String channel, boolean allowed) {
        DmnDecisionResult result = evaluate(purpose, offer, channel);

        assertThat((Boolean) result.getSingleEntry()).isEqualTo(allowed);
        assertThat(DecisionTables.ruleCount(DECISION)).isGreaterThanOrEqualTo(row);
    }

    @Test
    @DisplayName("first matching row wins; 8 rows, the last a catch-all that refuses")
    void hasEightRowsEndingWithRefusingCatchAll() {
        DmnDecisionTableImpl table = (DmnDecisionTableImpl) DECISION.getDecisionLogic();

        assertThat(table.getRules()).hasSize(8);
        assertThat(table.getHitPolicyHandler()).isInstanceOf(FirstHitPolicyHandler.class);
        assertThat(table.getRules().get(7).getConditions())
                .allSatisfy(condition -> assertThat(condition.getExpression()).isNullOrEmpty());
        assertThat((Boolean) evaluate(null, null, null).getSingleEntry()).isFalse();
    }

    private static DmnDecisionResult evaluate(String purpose, String offer, String channel) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("purpose", purpose);
        variables.put("offer", offer);
        variables.put("channel", channel);
        return DecisionTables.evaluate(DECISION, variables);
    }
}
