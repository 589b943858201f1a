package io.atende.sla;

import io.atende.sla.internal.UnknownCalendarException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * Due dates on the teams' business calendars (R8–R15, R18, R20). All instants are UTC; the
 * calendars themselves are in Brasília time (America/Sao_Paulo).
 */
public interface BusinessCalendars {

    /** The time zone of every business calendar: Brasília. */
    ZoneId ZONE = ZoneId.of("America/Sao_Paulo");

    /** Ids of the configured calendars (e.g. {@code suporte}, {@code cst}, {@code fly01-varejo}). */
    Set<String> ids();

    /**
     * The instant at which {@code hours} business hours of calendar {@code calendarId} have passed
     * since {@code start}, counting the holidays of {@code location}. Counting starts at the next
     * opening when {@code start} is outside working time; a deadline that reaches the end of an
     * interval stays at that closing time. Zero hours returns {@code start} unchanged.
     *
     * @throws UnknownCalendarException when the calendar id is not configured
     * @throws IllegalArgumentException when {@code hours} is negative or absurdly large
     */
    Instant addBusinessHours(String calendarId, Location location, Instant start, long hours);

    /**
     * As {@link #addBusinessHours}, for business time to the second (an SLA warning at 80 % of a 10-hour target
     * is 8 business hours later; of a 3-hour target, 2 h 24 min).
     *
     * @throws IllegalArgumentException when {@code time} is negative or absurdly large
     */
    Instant addBusinessTime(String calendarId, Location location, Instant start, Duration time);

    /**
     * {@code at} itself when calendar {@code calendarId} is open then (inside a working interval, its closing
     * instant excluded), else the next opening: a warning that would fall at lunch, at night, on a weekend or on a
     * holiday of {@code location} moves to when the team is back.
     *
     * @throws UnknownCalendarException when the calendar id is not configured
     */
    Instant nextOpening(String calendarId, Location location, Instant at);

    /**
     * 23:59:59 Brasília time of the {@code days}-th business day of calendar {@code calendarId}
     * after the day of {@code start} (the day of {@code start} itself does not count). A business
     * day is a day with working time in that calendar that is not a holiday of {@code location}.
     * Zero days returns 23:59:59 of the day of {@code start}.
     *
     * @throws UnknownCalendarException when the calendar id is not configured
     * @throws IllegalArgumentException when {@code days} is negative or absurdly large
     */
    Instant endOfBusinessDaysAfter(String calendarId, Location location, Instant start, int days);

    /**
     * The calendar id of a Camunda candidate group (team), e.g. {@code cst} → {@code cst},
     * {@code suporte-protheus} → {@code suporte}; a team not configured gets the default calendar.
     */
    String calendarForTeam(String team);
}
