package io.atende.sla;

import io.atende.platform.AsApplication;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The deadlines the guide lets process owners tune — the contest window (R18), the survey's expiry (R21), the
 * Ouvidoria's response target (R13) — read from the decision table {@code deadlines} (processes/deadlines.dmn)
 * each time one is computed: a version deployed from Camunda Modeler applies to the next deadline at once, and
 * what a customer is shown and when the process's timer fires come from the same computed instant.
 */
@Component
public class DeadlineTerms {

    /** The decision's key. */
    public static final String DECISION = "deadlines";

    /** The rows of the table, by its input {@code deadline}. */
    public enum Deadline {
        /** R18, business days of a calendar. */
        CONTEST_WINDOW,
        /** R21, an exact duration. */
        SURVEY_EXPIRY,
        /** R13, business days of a calendar. */
        OUVIDORIA_RESPONSE,
        /** When the team is warned before the support target (R20): a percent of it, or business time before it. */
        SLA_WARNING
    }

    /** A deadline's term: business days of a calendar, or an exact duration. */
    public record Term(int businessDays, String calendar, Duration duration) {
    }

    /**
     * When, inside a support target, the team is warned: at {@code percent} % of the target's business time, or
     * {@code before} that much business time before it ends. Exactly one of the two is set.
     */
    public record Warning(Integer percent, Duration before) {

        /** The business time from the clock's start to the warning, for a target of {@code target} business time. */
        public Duration elapsedOf(Duration target) {
            if (percent != null) {
                return Duration.ofSeconds(target.getSeconds() * percent / 100);
            }
            Duration elapsed = target.minus(before);
            return elapsed.isNegative() ? Duration.ZERO : elapsed;
        }
    }

    private final ObjectProvider<ProcessEngine> engines;
    private final BusinessCalendars calendars;

    DeadlineTerms(ObjectProvider<ProcessEngine> engines, BusinessCalendars calendars) {
        this.engines = engines;
        this.calendars = calendars;
    }

    /** The term in business days (CONTEST_WINDOW, OUVIDORIA_RESPONSE). */
    public Term businessDays(Deadline deadline) {
        Map<String, Object> row = row(deadline);
        Object days = row.get("businessDays");
        Object calendar = row.get("calendar");
        if (!(days instanceof Number n) || n.intValue() < 1 || n.intValue() > 60) {
            throw refused(deadline, "businessDays", "um número inteiro de 1 a 60 (dias úteis)", days);
        }
        if (!(calendar instanceof String id) || !calendars.ids().contains(id)) {
            throw refused(deadline, "calendar", "um calendário que existe (" + String.join(", ", calendars.ids()) + ")",
                    calendar);
        }
        return new Term(n.intValue(), id, null);
    }

    /** The term as an exact duration (SURVEY_EXPIRY). */
    public Term duration(Deadline deadline) {
        Object text = row(deadline).get("duration");
        try {
            Duration duration = Duration.parse(String.valueOf(text));
            if (duration.isNegative() || duration.isZero() || duration.toDays() > 366) {
                throw refused(deadline, "duration", "uma duração ISO 8601 positiva de até um ano, como \"P30D\"", text);
            }
            return new Term(0, null, duration);
        } catch (DateTimeParseException e) {
            throw refused(deadline, "duration", "uma duração ISO 8601 positiva de até um ano, como \"P30D\"", text);
        }
    }

    /**
     * SLA_WARNING: {@code percent} (1–99, of the target's business hours) or {@code duration} (ISO 8601 business
     * time before the target, e.g. "PT2H"), never both.
     */
    public Warning slaWarning() {
        Map<String, Object> row = row(Deadline.SLA_WARNING);
        Object percent = row.get("percent");
        Object text = row.get("duration");
        String expected = "a porcentagem da meta (1 a 99) em 'percent' ou o tempo útil antes da meta em 'duration' "
                + "(como \"PT2H\"), só um dos dois";
        if (percent != null && text != null) {
            throw refused(Deadline.SLA_WARNING, "percent", expected, percent + " e " + text);
        }
        if (percent != null) {
            if (!(percent instanceof Number n) || n.intValue() < 1 || n.intValue() > 99) {
                throw refused(Deadline.SLA_WARNING, "percent", expected, percent);
            }
            return new Warning(n.intValue(), null);
        }
        try {
            Duration before = Duration.parse(String.valueOf(text));
            if (before.isNegative() || before.isZero() || before.toHours() > 2000) {
                throw refused(Deadline.SLA_WARNING, "duration", expected, text);
            }
            return new Warning(null, before);
        } catch (DateTimeParseException e) {
            throw refused(Deadline.SLA_WARNING, "duration", expected, text);
        }
    }

    /** The table's row for {@code deadline}, evaluated as the application (not as the signed-in agent). */
    private Map<String, Object> row(Deadline deadline) {
        ProcessEngine engine = engines.getObject();
        var result = AsApplication.run(engine, () -> engine.getDecisionService().evaluateDecisionByKey(DECISION)
                .variables(Map.of("deadline", deadline.name())).evaluate());
        if (result.size() != 1) {
            throw new InvalidDeadlineTableException("A tabela de decisão '" + DECISION + "' (Prazos do atendimento) "
                    + "precisa de exatamente uma linha para o prazo " + deadline.name() + "; tem " + result.size()
                    + ". Corrija a tabela no Camunda Modeler e implante de novo.");
        }
        return result.getSingleResult().getEntryMap();
    }

    private static InvalidDeadlineTableException refused(Deadline deadline, String column, String expected, Object was) {
        return new InvalidDeadlineTableException("A tabela de decisão '" + DECISION + "' (Prazos do atendimento), "
                + "linha " + deadline.name() + ", coluna '" + column + "': esperado " + expected + ", encontrado "
                + (was == null ? "vazio" : "'" + was + "'") + ". Corrija a tabela no Camunda Modeler e implante de novo.");
    }
}
