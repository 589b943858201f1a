package io.atende.sla;

import java.util.Map;

/**
 * The calendars file, read and checked: every calendar by id, which calendar each team (Camunda
 * group) works on, and the calendar of a team the file does not name.
 *
 * @param source where the calendars came from, for messages (e.g. {@code classpath:calendars.yml})
 */
record CalendarCatalogue(String source, Map<String, BusinessCalendar> calendars, Map<String, String> teamCalendars,
        String defaultCalendar) {

    CalendarCatalogue {
        calendars = Map.copyOf(calendars);
        teamCalendars = Map.copyOf(teamCalendars);
    }
}
