package io.atende.sla.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published on-call duty: on holiday {@code day} the team of calendar {@code calendarId} works
 * {@code hours} (Brasília time, e.g. {@code "08:00-12:00"}), which count as business time (R15).
 * {@code version} changes with every change of the day, so that an editor can tell whether someone else changed it
 * since they looked.
 */
public record OnCallDuty(String calendarId, LocalDate day, List<String> hours, String note, String updatedBy,
        Instant updatedAt, long version) {
}
