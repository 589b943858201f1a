package io.atende.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a typed declaration reads from and writes to the engine: the stored values the models see stay as before. */
class ProcessVariableTests {

    enum Colour { RED, GREEN }

    static final ProcessVariable<Colour> COLOUR = ProcessVariable.enumName("colour", Colour.class);
    static final ProcessVariable<Instant> DUE = ProcessVariable.instant("dueAt");
    static final ProcessVariable<Integer> HOURS = ProcessVariable.integer("hours");
    static final ProcessVariable<String> NOTE = ProcessVariable.text("note");

    final Map<String, Object> stored = new HashMap<>();
    final VariableScope scope = scopeOver(stored);

    @Test
    @DisplayName("an enum is stored as its name and an instant as a java.util.Date (what BPMN, forms and timers read)")
    void storesWhatTheModelsRead() {
        Instant due = Instant.parse("2026-12-07T21:00:00Z");

        COLOUR.on(scope).set(Colour.GREEN);
        DUE.on(scope).set(due);
        HOURS.on(scope).set(10);

        assertThat(stored).containsEntry("colour", "GREEN").containsEntry("dueAt", Date.from(due))
                .containsEntry("hours", 10);
        assertThat(COLOUR.from(scope)).isEqualTo(Colour.GREEN);
        assertThat(DUE.from(scope)).isEqualTo(due);
    }

    @Test
    @DisplayName("reads what a table or the REST API gives: any number, a text with spaces")
    void readsLoosely() {
        stored.put("hours", 10L);
        stored.put("note", "  texto  ");
        stored.put("colour", " RED ");

        assertThat(HOURS.from(scope)).isEqualTo(10);
        assertThat(NOTE.from(scope)).isEqualTo("texto");
        assertThat(COLOUR.from(scope)).isEqualTo(Colour.RED);
    }

    @Test
    @DisplayName("a missing variable: null, or a refusal naming it where it must be there")
    void missing() {
        assertThat(NOTE.fromOrNull(scope)).isNull();
        assertThat(NOTE.tryFrom(scope)).isEmpty();
        assertThatThrownBy(() -> NOTE.from(scope)).isInstanceOf(IllegalStateException.class).hasMessageContaining("'note'");
    }

    @Test
    @DisplayName("a value not of the type: tryFrom is empty, reading it names variable and value")
    void notOfTheType() {
        stored.put("colour", "BLUE");

        assertThat(COLOUR.tryFrom(scope)).isEmpty();
        assertThatThrownBy(() -> COLOUR.from(scope)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'colour'").hasMessageContaining("BLUE");
    }

    @Test
    @DisplayName("start and correlation variables are built from the declarations, null kept as null")
    void buildsMaps() {
        Instant due = Instant.parse("2026-12-07T21:00:00Z");

        Map<String, Object> variables = ProcessVariable.map(COLOUR.is(Colour.RED), DUE.is(due), NOTE.is(null));

        assertThat(variables).containsEntry("colour", "RED").containsEntry("dueAt", Date.from(due))
                .containsEntry("note", null).hasSize(3);
        assertThat(DUE.fromOrNull(variables)).isEqualTo(due);
    }

    @Test
    @DisplayName("remove takes the variable away")
    void removes() {
        NOTE.on(scope).set("x");
        NOTE.on(scope).remove();

        assertThat(stored).doesNotContainKey("note");
    }

    private static VariableScope scopeOver(Map<String, Object> values) {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable(anyString())).thenAnswer(call -> values.get(call.<String>getArgument(0)));
        doAnswer(call -> values.put(call.getArgument(0), call.getArgument(1))).when(scope)
                .setVariable(anyString(), any());
        doAnswer(call -> values.put(call.getArgument(0), call.getArgument(1))).when(scope)
                .setVariableLocal(anyString(), any());
        doAnswer(call -> values.remove(call.<String>getArgument(0))).when(scope).removeVariable(anyString());
        return scope;
    }
}
