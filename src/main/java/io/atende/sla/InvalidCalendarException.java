package io.atende.sla;

/**
 * A calendar definition that cannot be used: unreadable, inverted, overlapping or empty. Knows
 * which entry of the calendar's list is at fault, so the calendars file can point at its line.
 */
class InvalidCalendarException extends IllegalArgumentException {

    private final String calendarId;
    private final int entryIndex;
    private final String problem;

    InvalidCalendarException(String calendarId, int entryIndex, String problem) {
        super("calendar \"%s\": %s".formatted(calendarId, problem));
        this.calendarId = calendarId;
        this.entryIndex = entryIndex;
        this.problem = problem;
    }

    /** The same problem, pinned to the {@code index}-th entry (hours first, then on-call). */
    InvalidCalendarException at(int index) {
        return new InvalidCalendarException(calendarId, index, problem);
    }

    String calendarId() {
        return calendarId;
    }

    /** Index of the entry at fault in hours followed by on-call, or -1 when the calendar as a whole is wrong. */
    int entryIndex() {
        return entryIndex;
    }
}
