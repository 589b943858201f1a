package io.atende.sla;

import java.time.Instant;
import java.util.Set;

/**
 * Due dates on the teams' business calendars (R8–R15, R18, R20). All instants are UTC; the
 * calendars themselves are in Brasília time (America/Sao_Paulo).
 */
public interface BusinessCalendars {

    /** Ids of the configured calendars (e.g. {@code suporte}, {@code cst}, {@code fly01-varejo}). */
    Set<String> ids();

    /** The calendar a team works on (its Camunda group id), e.g. {@code cst} → {@code cst}. */
    String calendarForTeam(String team);

    /**
     * The instant at which {@code hours} business hours of calendar {@code calendarId} have passed
     * since {@code start}, counting the holidays of {@code location}.
     *
     * @throws UnknownCalendarException when the calendar id is not configured
     */
    Instant addBusinessHours(String calendarId, Location location, Instant start, long hours);

    /**
     * 23:59:59 Brasília time of the {@code days}-th business day of calendar {@code calendarId}
     * after the day of {@code start} (the day of {@code start} itself does not count). A business
     * day is a day with working time in that calendar that is not a holiday of {@code location}.
     *
     * @throws UnknownCalendarException when the calendar id is not configured
     */
    Instant endOfBusinessDaysAfter(String calendarId, Location location, Instant start, int days);
}
