package io.atende.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@link BusinessCalendars} over the configured calendars and holidays. Due dates are found by
 * walking day by day and subtracting whole working intervals, so the cost grows with the number of
 * days crossed, never with the number of minutes counted.
 */
final class ConfiguredBusinessCalendars implements BusinessCalendars {

    // Upper bounds keep a public endpoint from walking for ever: about 30 years of suporte hours.
    static final long MAX_HOURS = 100_000;
    static final int MAX_DAYS = 10_000;

    private static final ZoneId ZONE = BusinessCalendars.ZONE;
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    private final Map<String, String> teamCalendars;
    private final String defaultCalendar;
    private final HolidayCalendar holidays;

    ConfiguredBusinessCalendars(SlaSettings settings, HolidayCalendar holidays) {
        settings.calendars().forEach((id, calendar) -> calendars.put(id, BusinessCalendar.from(id, calendar)));
        this.teamCalendars = settings.teamCalendars();
        this.defaultCalendar = settings.defaultCalendar();
        this.holidays = holidays;
    }

    @Override
    public Set<String> ids() {
        return Set.copyOf(calendars.keySet());
    }

    @Override
    public String calendarForTeam(String team) {
        return team == null ? defaultCalendar : teamCalendars.getOrDefault(team, defaultCalendar);
    }

    @Override
    public Instant addBusinessHours(String calendarId, Location location, Instant start, long hours) {
        BusinessCalendar calendar = calendar(calendarId);
        if (hours < 0 || hours > MAX_HOURS) {
            throw new IllegalArgumentException("business hours must be between 0 and %d, got %d"
                    .formatted(MAX_HOURS, hours));
        }
        if (hours == 0) {
            return start;
        }
        if (calendar.roundTheClock()) {
            return start.plus(Duration.ofHours(hours));
        }
        Region region = Region.of(location);
        Duration remaining = Duration.ofHours(hours);
        for (LocalDate day = start.atZone(ZONE).toLocalDate(); ; day = day.plusDays(1)) {
            if (!isWorkingDay(calendar, day, region)) {
                continue;
            }
            for (WorkingInterval interval : calendar.schedule().on(day.getDayOfWeek())) {
                Instant closes = interval.closesOn(day, ZONE);
                if (!closes.isAfter(start)) {
                    continue;
                }
                Instant from = latest(interval.opensOn(day, ZONE), start);
                Duration available = Duration.between(from, closes);
                // "<=": a deadline that uses up an interval exactly stays at its closing time.
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }

    @Override
    public Instant endOfBusinessDaysAfter(String calendarId, Location location, Instant start, int days) {
        BusinessCalendar calendar = calendar(calendarId);
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("business days must be between 0 and %d, got %d"
                    .formatted(MAX_DAYS, days));
        }
        Region region = Region.of(location);
        LocalDate day = start.atZone(ZONE).toLocalDate();
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(calendar, day, region)) {
                counted++;
            }
        }
        return day.atTime(END_OF_DAY).atZone(ZONE).toInstant();
    }

    private boolean isWorkingDay(BusinessCalendar calendar, LocalDate day, Region region) {
        return !calendar.schedule().on(day.getDayOfWeek()).isEmpty()
                && !(calendar.countsHolidays() && holidays.isHoliday(day, region));
    }

    private BusinessCalendar calendar(String calendarId) {
        BusinessCalendar calendar = calendarId == null ? null : calendars.get(calendarId);
        if (calendar == null) {
            throw new UnknownCalendarException(calendarId);
        }
        return calendar;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
