package io.atende.sla;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.atende.sla.SlaSettings.HolidaySettings;

/**
 * The holidays of a place and year (R15): jollyday's Brazilian calendar, corrected by
 * {@code atende.sla.holidays} (days to drop, days to add). Computed once per (year, region) and
 * cached, because due-date arithmetic asks for every day it walks over.
 */
final class HolidayCalendar {

    /** Holiday names as staff read them (jollyday's Portuguese descriptions). */
    private static final Locale NAMES = Locale.forLanguageTag("pt-BR");

    private final HolidayManager jollyday;
    private final JollydayRegions regions;
    private final Set<String> dropped;
    private final List<ExtraHolidayRule> extra;
    private final Map<YearRegion, SortedMap<LocalDate, String>> cache = new ConcurrentHashMap<>();

    HolidayCalendar(HolidaySettings settings) {
        this.jollyday = HolidayManager.getInstance(ManagerParameters.create("br"));
        this.regions = new JollydayRegions(jollyday.getCalendarHierarchy());
        this.dropped = Set.copyOf(settings.drop());
        this.extra = IntStream.range(0, settings.extra().size())
                .mapToObj(i -> ExtraHolidayRule.from(i, settings.extra().get(i)))
                .toList();
    }

    boolean isHoliday(LocalDate date, Region region) {
        return holidays(date.getYear(), region).containsKey(date);
    }

    /** Whether any day in {@code [from, toExclusive)} is a holiday of the region. */
    boolean anyHolidayBetween(LocalDate from, LocalDate toExclusive, Region region) {
        for (int year = from.getYear(); year <= toExclusive.getYear(); year++) {
            SortedMap<LocalDate, String> days = holidays(year, region);
            LocalDate lower = year == from.getYear() ? from : LocalDate.of(year, 1, 1);
            LocalDate upper = year == toExclusive.getYear() ? toExclusive : LocalDate.of(year + 1, 1, 1);
            if (lower.isBefore(upper) && !days.subMap(lower, upper).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The holidays of {@code location} in {@code year}, by date, with their names in Portuguese. */
    SortedMap<LocalDate, String> holidays(int year, Location location) {
        return holidays(year, Region.of(location));
    }

    private SortedMap<LocalDate, String> holidays(int year, Region region) {
        return cache.computeIfAbsent(new YearRegion(year, region), key -> compute(year, region));
    }

    private SortedMap<LocalDate, String> compute(int year, Region region) {
        SortedMap<LocalDate, String> days = new TreeMap<>();
        for (Holiday holiday : jollyday.getHolidays(Year.of(year), regions.argumentsFor(region))) {
            if (!dropped.contains(holiday.getPropertiesKey())) {
                days.putIfAbsent(holiday.getDate(), holiday.getDescription(NAMES));
            }
        }
        for (ExtraHolidayRule rule : extra) {
            if (rule.appliesTo(region)) {
                rule.dateIn(year).ifPresent(date -> days.putIfAbsent(date, rule.name()));
            }
        }
        return Collections.unmodifiableSortedMap(days);
    }

    private record YearRegion(int year, Region region) {
    }
}
