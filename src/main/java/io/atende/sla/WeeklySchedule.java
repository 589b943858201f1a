package io.atende.sla;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The working intervals of each day of the week, sorted and without overlaps. */
final class WeeklySchedule {

    // "MON-FRI 08:00-12:00" or "SAT 09:00-15:00"; days in English three-letter form.
    private static final Pattern ENTRY = Pattern.compile(
            "(?i)\\s*([a-z]{3})(?:\\s*-\\s*([a-z]{3}))?\\s+(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*");

    private static final List<String> DAY_NAMES = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private final Map<DayOfWeek, List<WorkingInterval>> byDay;
    private final long secondsPerWeek;

    private WeeklySchedule(Map<DayOfWeek, List<WorkingInterval>> byDay) {
        this.byDay = byDay;
        this.secondsPerWeek = byDay.values().stream().flatMap(List::stream)
                .mapToLong(interval -> interval.endSecond() - interval.startSecond()).sum();
    }

    /** Every day, all day. */
    static WeeklySchedule roundTheClock() {
        Map<DayOfWeek, List<WorkingInterval>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay.put(day, List.of(WorkingInterval.WHOLE_DAY));
        }
        return new WeeklySchedule(byDay);
    }

    /**
     * Reads entries such as {@code "MON-FRI 08:00-12:00"}.
     *
     * @throws IllegalArgumentException naming the calendar and the entry that is unreadable,
     *     inverted or overlaps another
     */
    static WeeklySchedule parse(String calendarId, List<String> entries) {
        Map<DayOfWeek, List<WorkingInterval>> byDay = new EnumMap<>(DayOfWeek.class);
        for (int index = 0; index < entries.size(); index++) {
            String entry = entries.get(index);
            try {
                add(calendarId, entry, byDay);
            } catch (InvalidCalendarException e) {
                throw e.at(index);
            }
        }
        byDay.replaceAll((day, intervals) -> intervals.stream()
                .sorted(Comparator.comparingInt(WorkingInterval::startSecond))
                .toList());
        return new WeeklySchedule(byDay);
    }

    private static void add(String calendarId, String entry, Map<DayOfWeek, List<WorkingInterval>> byDay) {
        ParsedEntry parsed = parseEntry(calendarId, entry);
        for (DayOfWeek day : parsed.days()) {
            List<WorkingInterval> intervals = byDay.computeIfAbsent(day, d -> new ArrayList<>());
            for (WorkingInterval existing : intervals) {
                if (existing.overlaps(parsed.interval())) {
                    throw invalid(calendarId, "\"%s\" overlaps \"%s\" on %s".formatted(entry, existing.entry(), day));
                }
            }
            intervals.add(parsed.interval());
        }
    }

    /** The intervals of that weekday, earliest first; empty on a day off. */
    List<WorkingInterval> on(DayOfWeek day) {
        return byDay.getOrDefault(day, List.of());
    }

    /** The working time of a whole ordinary week (no holiday, no clock change), in seconds. */
    long secondsPerWeek() {
        return secondsPerWeek;
    }

    boolean isEmpty() {
        return byDay.values().stream().allMatch(List::isEmpty);
    }

    private record ParsedEntry(List<DayOfWeek> days, WorkingInterval interval) {
    }

    private static ParsedEntry parseEntry(String calendarId, String entry) {
        Matcher m = entry == null ? null : ENTRY.matcher(entry);
        if (m == null || !m.matches()) {
            throw unreadable(calendarId, entry);
        }
        int firstDay = DAY_NAMES.indexOf(m.group(1).toUpperCase());
        int lastDay = m.group(2) == null ? firstDay : DAY_NAMES.indexOf(m.group(2).toUpperCase());
        if (firstDay < 0 || lastDay < 0) {
            throw unreadable(calendarId, entry);
        }
        if (lastDay < firstDay) {
            throw invalid(calendarId, "\"%s\": the day range must run forward, from MON towards SUN"
                    .formatted(entry));
        }
        int start = secondOfDay(calendarId, entry, m.group(3), m.group(4));
        int end = secondOfDay(calendarId, entry, m.group(5), m.group(6));
        if (end <= start) {
            throw invalid(calendarId, "\"%s\" is inverted or empty: it must end after it starts"
                    .formatted(entry));
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (int d = firstDay; d <= lastDay; d++) {
            days.add(DayOfWeek.of(d + 1));
        }
        return new ParsedEntry(days, new WorkingInterval(start, end, entry.trim()));
    }

    private static int secondOfDay(String calendarId, String entry, String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int min = Integer.parseInt(minutes);
        boolean midnightAtEnd = h == 24 && min == 0;
        if (min > 59 || (h > 23 && !midnightAtEnd)) {
            throw unreadable(calendarId, entry);
        }
        return h * 3600 + min * 60;
    }

    private static InvalidCalendarException unreadable(String calendarId, String entry) {
        return invalid(calendarId, "cannot read \"%s\"; write it like \"MON-FRI 08:00-12:00\" or \"SAT 09:00-15:00\""
                .formatted(entry));
    }

    static InvalidCalendarException invalid(String calendarId, String problem) {
        return new InvalidCalendarException(calendarId, -1, problem);
    }
}
