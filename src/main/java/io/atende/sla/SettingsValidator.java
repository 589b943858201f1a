package io.atende.sla;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import io.atende.sla.SlaSettings.CalendarSettings;
import io.atende.sla.SlaSettings.HolidaySettings;

/** Checks {@link SlaSettings} while they bind, so that a bad calendar stops the start, not a ticket. */
final class SettingsValidator {

    private SettingsValidator() {
    }

    static void validate(Map<String, CalendarSettings> calendars, Map<String, String> teamCalendars,
            String defaultCalendar, HolidaySettings holidays) {
        calendars.forEach(BusinessCalendar::from);
        TreeSet<String> known = new TreeSet<>(calendars.keySet());
        if (!calendars.isEmpty() && !known.contains(defaultCalendar)) {
            throw new IllegalArgumentException("atende.sla.default-calendar: unknown calendar \"%s\"; known: %s"
                    .formatted(defaultCalendar, known));
        }
        teamCalendars.forEach((team, calendar) -> {
            if (!known.contains(calendar)) {
                throw new IllegalArgumentException("atende.sla.team-calendars.%s: unknown calendar \"%s\"; known: %s"
                        .formatted(team, calendar, known));
            }
        });
        List<SlaSettings.ExtraHoliday> extra = holidays.extra();
        IntStream.range(0, extra.size()).forEach(i -> ExtraHolidayRule.from(i, extra.get(i)));
    }
}
