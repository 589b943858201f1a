package io.atende.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.sla.internal.InvalidOnCallException;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A holiday plantão's hours: read, sorted, and refused when unreadable, inverted or overlapping (R15). */
class OnCallHoursTests {

    @Test
    void readsAndSortsIntervals() {
        assertThat(OnCallHours.parse(List.of("13:00-17:00", " 08:00 - 12:00 ", "20:00-24:00")))
                .extracting(WorkingInterval::entry).containsExactly("08:00-12:00", "13:00-17:00", "20:00-24:00");
    }

    @Test
    @DisplayName("Inverted, overlapping, unreadable or missing hours are refused with a message that says what to send")
    void refusesBadHours() {
        assertThatThrownBy(() -> OnCallHours.parse(List.of("12:00-08:00")))
                .isInstanceOf(InvalidOnCallException.class).hasMessageContaining("\"12:00-08:00\" está invertido");
        assertThatThrownBy(() -> OnCallHours.parse(List.of("08:00-12:00", "11:00-13:00")))
                .hasMessageContaining("\"11:00-13:00\" se sobrepõe a \"08:00-12:00\"");
        for (String bad : new String[] {"8h-12h", "08:00-24:30", "25:00-26:00", "08:60-09:00", ""}) {
            assertThatThrownBy(() -> OnCallHours.parse(List.of(bad))).hasMessageContaining("Não foi possível ler");
        }
        assertThatThrownBy(() -> OnCallHours.parse(List.of())).hasMessageContaining("Informe de 1 a 12 intervalos");
        assertThatThrownBy(() -> OnCallHours.parse(null)).extracting("field").isEqualTo("hours");
    }
}
