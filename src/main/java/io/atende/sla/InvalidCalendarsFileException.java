package io.atende.sla;

/**
 * The calendars file cannot be used; the message names the file, the line and the calendar or
 * team at fault, so the application stops at start-up with something an administrator can fix.
 */
public class InvalidCalendarsFileException extends IllegalStateException {

    InvalidCalendarsFileException(String file, int line, String problem) {
        super("%s, line %d: %s".formatted(file, line, problem));
    }

    InvalidCalendarsFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
