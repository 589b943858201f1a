package io.atende.sla.internal;

/** A calendar id that no configuration defines. */
public class UnknownCalendarException extends RuntimeException {

    private final String calendarId;

    public UnknownCalendarException(String calendarId) {
        super("Unknown business calendar: " + calendarId);
        this.calendarId = calendarId;
    }

    public String calendarId() {
        return calendarId;
    }
}
