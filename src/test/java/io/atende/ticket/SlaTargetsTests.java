package io.atende.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.account.ContractTerms;
import io.atende.account.ContractTerms.TargetOverride;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R14 on top of R20: the contract's override per classification, field by field. */
class SlaTargetsTests {

    static final ContractTerms CONTRACT = new ContractTerms(true, "customizacao", Map.of(
            "URGENTE", new TargetOverride(4, 2),
            "ALTO", new TargetOverride(8, null),
            "NORMAL", new TargetOverride(null, null)));

    @Test
    @DisplayName("R14: both targets overridden for the classification")
    void contractOverridesBothTargets() {
        assertThat(SlaTargets.of(10, 4, CONTRACT, Priority.URGENTE)).isEqualTo(new SlaTargets(4, 2, SlaTargets.FROM_CONTRACT));
    }

    @Test
    @DisplayName("R14: a target the contract leaves empty keeps the table's value")
    void emptyFieldKeepsTableValue() {
        assertThat(SlaTargets.of(20, 10, CONTRACT, Priority.ALTO)).isEqualTo(new SlaTargets(8, 10, SlaTargets.FROM_CONTRACT));
    }

    @Test
    @DisplayName("R20: no override (or an empty one) keeps the table and says so")
    void noOverrideKeepsTable() {
        assertThat(SlaTargets.of(30, 30, CONTRACT, Priority.NORMAL)).isEqualTo(new SlaTargets(30, 30, SlaTargets.FROM_TABLE));
        assertThat(SlaTargets.of(40, 45, CONTRACT, Priority.BAIXO).fromContract()).isFalse();
        assertThat(SlaTargets.of(10, 4, ContractTerms.NONE, Priority.URGENTE)).isEqualTo(new SlaTargets(10, 4, SlaTargets.FROM_TABLE));
    }
}
