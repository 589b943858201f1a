package io.atende.sla.internal;

import java.time.LocalDate;

/**
 * A day of a calendar's year that may take on-call duty (R15): a national holiday ({@code holiday} is its name), or a
 * day with duty published although it is no national holiday (a state or city holiday; {@code holiday} is null).
 *
 * @param duty the published duty, or null: no team on duty that day
 */
public record OnCallHoliday(LocalDate day, String holiday, OnCallDuty duty) {
}
