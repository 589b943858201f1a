package io.atende.sla.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One change to the on-call duty of a calendar's day (R15), from the staff screen or the API: who (Camunda user id
 * and name), when (UTC), what (before and after; empty hours where there was or is no duty) and why (null when the
 * API sent no reason).
 */
public record OnCallChange(Instant at, String userId, String name, String calendarId, LocalDate day,
        OnCallAction action, List<String> hoursBefore, List<String> hoursAfter, String noteBefore, String noteAfter,
        String reason) {
}
