package io.atende.sla;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sla module ({@code atende.sla.*}): the teams' business calendars (R8–R14), which
 * calendar each Camunda group works on, and the corrections applied to jollyday's holidays (R15).
 * Invalid settings fail the start with a message naming the calendar and the entry at fault.
 *
 * @param calendars per calendar id, its weekly working time
 * @param teamCalendars per Camunda group id, the id of the calendar the team works on
 * @param defaultCalendar the calendar of a team that {@code teamCalendars} does not name
 * @param holidays corrections and additions to jollyday's Brazilian holidays
 */
@ConfigurationProperties("atende.sla")
public record SlaSettings(
        Map<String, CalendarSettings> calendars,
        Map<String, String> teamCalendars,
        @DefaultValue("suporte") String defaultCalendar,
        @DefaultValue HolidaySettings holidays) {

    public SlaSettings {
        calendars = Collections.unmodifiableMap(new LinkedHashMap<>(calendars == null ? Map.of() : calendars));
        teamCalendars = Map.copyOf(teamCalendars == null ? Map.of() : teamCalendars);
        holidays = holidays == null ? new HolidaySettings(List.of(), List.of()) : holidays;
        SettingsValidator.validate(calendars, teamCalendars, defaultCalendar, holidays);
    }

    /**
     * One calendar, in Brasília time.
     *
     * @param hours weekly working intervals, e.g. {@code "MON-FRI 08:00-12:00"}, {@code "SAT 09:00-15:00"}
     * @param twentyFourSeven round the clock, every day, holidays included; excludes {@code hours}
     * @param holidays whether holidays stop the clock (default: true, unless 24x7)
     */
    public record CalendarSettings(List<String> hours, boolean twentyFourSeven, Boolean holidays) {

        public CalendarSettings {
            hours = List.copyOf(hours == null ? List.of() : hours);
        }

        /** Whether the holidays of the customer's location are non-working time in this calendar. */
        public boolean countsHolidays() {
            return holidays == null ? !twentyFourSeven : holidays;
        }
    }

    /**
     * The correction layer over jollyday's Brazilian holidays (R15).
     *
     * @param drop jollyday property keys of holidays that are business days for Atende,
     *     e.g. {@code christian.ASH_WEDNESDAY}
     * @param extra holidays jollyday lacks: movable ones as Easter offsets, fixed or one-off dates,
     *     nationally or for a state or city
     */
    public record HolidaySettings(List<String> drop, List<ExtraHoliday> extra) {

        public HolidaySettings {
            drop = List.copyOf(drop == null ? List.of() : drop);
            extra = List.copyOf(extra == null ? List.of() : extra);
        }
    }

    /**
     * A holiday added by configuration. Exactly one of {@code date} and {@code easterOffset} is set.
     *
     * @param name what the day is, for people reading the settings
     * @param date {@code MM-DD} every year, or {@code YYYY-MM-DD} once
     * @param easterOffset days after Easter Sunday (negative: before), e.g. -48 for Carnaval Monday
     * @param state UF the holiday is limited to (e.g. {@code SP}); empty for a national holiday
     * @param city city name the holiday is limited to (needs {@code state}), e.g. {@code Campinas}
     */
    public record ExtraHoliday(String name, String date, Integer easterOffset, String state, String city) {
    }
}
