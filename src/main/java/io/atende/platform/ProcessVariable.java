package io.atende.platform;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One process variable of a model: its name (which the model, its forms and tables use, so it never changes here
 * alone) and its type in Java. Reading converts what the engine holds into {@code T}, writing converts {@code T}
 * into what the engine holds, so a model keeps seeing the same values as before (enum names as strings, instants
 * as {@link Date}s that timers and Cockpit read, numbers as integers).
 *
 * <p>Each process declares its variables once, in its own class ({@code TicketProcess}, {@code SurveyProcess},
 * {@code OuvidoriaProcess}, {@code ClassificationGuard} for the repair); delegates and services read and write
 * through these declarations, not through string names and casts.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Function<Object, T> read;
    private final Function<T, Object> write;

    private ProcessVariable(String name, Function<Object, T> read, Function<T, Object> write) {
        this.name = Objects.requireNonNull(name);
        this.read = read;
        this.write = write;
    }

    /** A text; read trimmed (a form's field may carry spaces around what the user typed). */
    public static ProcessVariable<String> text(String name) {
        return new ProcessVariable<>(name, value -> value.toString().trim(), value -> value);
    }

    /** A whole number held as an {@link Integer}; any number the engine or a table gives is read. */
    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, value -> value instanceof Number n ? n.intValue()
                : Integer.valueOf(value.toString().trim()), value -> value);
    }

    /** A whole number held as a {@link Long}; any number is read. */
    public static ProcessVariable<Long> longNumber(String name) {
        return new ProcessVariable<>(name, value -> value instanceof Number n ? n.longValue()
                : Long.valueOf(value.toString().trim()), value -> value);
    }

    public static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, value -> value instanceof Boolean b ? b
                : Boolean.valueOf(value.toString().trim()), value -> value);
    }

    /** An instant held as a {@link Date}: what a timer's or a task's date expression and Cockpit read. */
    public static ProcessVariable<Instant> instant(String name) {
        return new ProcessVariable<>(name, value -> value instanceof Date d ? d.toInstant()
                : value instanceof Instant i ? i : Instant.parse(value.toString().trim()), Date::from);
    }

    /** An enum held as its name (a string the model's conditions and forms compare). */
    public static <E extends Enum<E>> ProcessVariable<E> enumName(String name, Class<E> type) {
        return new ProcessVariable<>(name, value -> type.isInstance(value) ? type.cast(value)
                : Enum.valueOf(type, value.toString().trim()), Enum::name);
    }

    /** A decision's single result (a table row: output name → value), as the engine maps it. */
    @SuppressWarnings("unchecked")
    public static ProcessVariable<Map<String, Object>> row(String name) {
        return new ProcessVariable<>(name, value -> {
            if (value instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            throw new IllegalArgumentException("not a decision row: " + value);
        }, value -> value);
    }

    /**
     * A form field whose value a user types freely (a number field may arrive as a number or as text): read as the
     * engine holds it, for the caller to check and refuse with a message.
     */
    public static ProcessVariable<Object> untyped(String name) {
        return new ProcessVariable<>(name, value -> value, value -> value);
    }

    /** The name the model, its forms and tables use. */
    public String name() {
        return name;
    }

    /** The value, which must be there. */
    public T from(VariableScope scope) {
        T value = fromOrNull(scope);
        if (value == null) {
            throw new IllegalStateException("The process variable '" + name + "' is missing");
        }
        return value;
    }

    /** The value (looked up through the parent scopes, as the engine does), or null. */
    public T fromOrNull(VariableScope scope) {
        return convert(scope.getVariable(name));
    }

    /**
     * The value when it is there and of the declared type; empty otherwise (a value a user sent through the REST API
     * that is not one of the enum's names, say).
     */
    public Optional<T> tryFrom(VariableScope scope) {
        try {
            return Optional.ofNullable(fromOrNull(scope));
        } catch (RuntimeException notOfTheType) {
            return Optional.empty();
        }
    }

    /** The value in a map of variables (start variables, a copy), or null. */
    public T fromOrNull(Map<String, ?> variables) {
        return convert(variables.get(name));
    }

    /** The value of a running execution or process instance, or null. */
    public T fromOrNull(RuntimeService runtimeService, String executionId) {
        return convert(runtimeService.getVariable(executionId, name));
    }

    /** Writes this variable on a scope: {@code VAR.on(execution).set(value)}. */
    public Writer on(VariableScope scope) {
        return new Writer(scope);
    }

    /** The value for a map of variables (process start, message correlation): see {@link #map}. */
    public Value<T> is(T value) {
        return new Value<>(this, value);
    }

    /** Puts the value into a map of variables as the engine will hold it. */
    public void putInto(Map<String, Object> variables, T value) {
        variables.put(name, stored(value));
    }

    /** Sets the value task-locally on a task that is not the current one (a read-only copy a form shows). */
    public void setLocal(TaskService taskService, String taskId, T value) {
        taskService.setVariableLocal(taskId, name, stored(value));
    }

    /** Variables to start a process or to correlate a message with: {@code map(A.is(a), B.is(b))}. */
    public static VariableMap map(Value<?>... values) {
        VariableMap variables = Variables.createVariables();
        for (Value<?> value : values) {
            value.putInto(variables);
        }
        return variables;
    }

    private Object stored(T value) {
        return value == null ? null : write.apply(value);
    }

    private T convert(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return read.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The process variable '" + name + "' holds " + value + " ("
                    + value.getClass().getSimpleName() + "), which is not of its type", e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** A value of a variable, to put into a map of variables. */
    public record Value<T>(ProcessVariable<T> variable, T value) {

        void putInto(Map<String, Object> variables) {
            variable.putInto(variables, value);
        }
    }

    /** Writes the variable on one scope. */
    public final class Writer {

        private final VariableScope scope;

        private Writer(VariableScope scope) {
            this.scope = scope;
        }

        /** Sets the value where the engine finds the variable (the process instance for a new one). */
        public void set(T value) {
            scope.setVariable(name, stored(value));
        }

        /** Sets the value on this scope only (a task's read-only copy for its form). */
        public void setLocal(T value) {
            scope.setVariableLocal(name, stored(value));
        }

        public void remove() {
            scope.removeVariable(name);
        }
    }
}
