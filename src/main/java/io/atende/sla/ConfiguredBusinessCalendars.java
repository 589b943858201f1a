package io.atende.sla;

import io.atende.sla.internal.UnknownCalendarException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link BusinessCalendars} over the calendars file, the holidays and the on-call duty published
 * for holidays: on a holiday a calendar that counts holidays works only its team's duty hours
 * (usually none). Due dates are found by subtracting whole ordinary weeks (no holiday, no clock
 * change) at once while more than a week's working time remains, then walking day by day and
 * subtracting whole working intervals: the cost is a few weeks' checks plus at most a week of days,
 * whatever the number of minutes counted.
 */
final class ConfiguredBusinessCalendars implements BusinessCalendars {

    // Upper bounds keep a public endpoint from walking for ever: about 30 years of suporte hours.
    static final long MAX_HOURS = 100_000;
    static final int MAX_DAYS = 10_000;

    private static final ZoneId ZONE = BusinessCalendars.ZONE;
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final Map<String, BusinessCalendar> calendars;
    private final Map<String, String> teamCalendars;
    private final String defaultCalendar;
    private final HolidayCalendar holidays;
    private final HolidayDuty duty;

    ConfiguredBusinessCalendars(CalendarCatalogue catalogue, HolidayCalendar holidays, HolidayDuty duty) {
        this.calendars = catalogue.calendars();
        this.teamCalendars = catalogue.teamCalendars();
        this.defaultCalendar = catalogue.defaultCalendar();
        this.holidays = holidays;
        this.duty = duty;
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
        if (hours < 0 || hours > MAX_HOURS) {
            throw new IllegalArgumentException("business hours must be between 0 and %d, got %d"
                    .formatted(MAX_HOURS, hours));
        }
        return addBusinessTime(calendarId, location, start, Duration.ofHours(hours));
    }

    @Override
    public Instant addBusinessTime(String calendarId, Location location, Instant start, Duration time) {
        BusinessCalendar calendar = calendar(calendarId);
        if (time.isNegative() || time.compareTo(Duration.ofHours(MAX_HOURS)) > 0) {
            throw new IllegalArgumentException("business time must be between 0 and %d hours, got %s"
                    .formatted(MAX_HOURS, time));
        }
        if (time.isZero()) {
            return start;
        }
        if (calendar.roundTheClock()) {
            return start.plus(time);
        }
        Region region = Region.of(location);
        Duration remaining = time;
        long week = calendar.schedule().secondsPerWeek();
        for (LocalDate day = start.atZone(ZONE).toLocalDate(); ; day = day.plusDays(1)) {
            // ">": the week that holds the deadline is always walked, so the deadline rules below apply.
            while (remaining.getSeconds() > week && isOrdinaryWeekAfter(calendar, day, region, start)) {
                remaining = remaining.minusSeconds(week);
                day = day.plusDays(7);
            }
            for (WorkingInterval interval : workingIntervals(calendar, day, region)) {
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
    public Instant nextOpening(String calendarId, Location location, Instant at) {
        BusinessCalendar calendar = calendar(calendarId);
        if (calendar.roundTheClock()) {
            return at;
        }
        Region region = Region.of(location);
        LocalDate first = at.atZone(ZONE).toLocalDate();
        // A day before: an interval to 24:00 of the previous day, or a clock change, may still hold the instant.
        for (LocalDate day = first.minusDays(1); day.isBefore(first.plusDays(MAX_DAYS)); day = day.plusDays(1)) {
            Instant earliest = null;
            for (WorkingInterval interval : workingIntervals(calendar, day, region)) {
                Instant opens = interval.opensOn(day, ZONE);
                Instant closes = interval.closesOn(day, ZONE);
                if (!closes.isAfter(at)) {
                    continue;
                }
                if (!opens.isAfter(at)) {
                    return at;
                }
                earliest = earliest == null || opens.isBefore(earliest) ? opens : earliest;
            }
            if (earliest != null) {
                return earliest;
            }
        }
        return at; // a calendar that never opens: nothing better to offer
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

    /**
     * Whether the seven days from {@code day} all lie after {@code start} and are worked exactly as the
     * weekly schedule says: no holiday that the calendar observes, no change of the zone's offset.
     */
    private boolean isOrdinaryWeekAfter(BusinessCalendar calendar, LocalDate day, Region region, Instant start) {
        Instant from = day.atStartOfDay(ZONE).toInstant();
        if (from.isBefore(start)) {
            return false;
        }
        LocalDate next = day.plusDays(7);
        ZoneOffsetTransition transition = ZONE.getRules().nextTransition(from);
        if (transition != null && transition.getInstant().isBefore(next.atStartOfDay(ZONE).toInstant())) {
            return false;
        }
        return !calendar.countsHolidays() || !holidays.anyHolidayBetween(day, next, region);
    }

    private boolean isWorkingDay(BusinessCalendar calendar, LocalDate day, Region region) {
        return !workingIntervals(calendar, day, region).isEmpty();
    }

    /** The day's working time: the weekly schedule, or on a holiday the duty the team published for it (R15). */
    private List<WorkingInterval> workingIntervals(BusinessCalendar calendar, LocalDate day, Region region) {
        if (calendar.countsHolidays() && holidays.isHoliday(day, region)) {
            return duty.on(calendar.id(), day);
        }
        return calendar.schedule().on(day.getDayOfWeek());
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
