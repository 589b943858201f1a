package io.atende.sla;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

import io.atende.sla.SlaSettings.ExtraHoliday;

/** A holiday added by configuration (R15): a fixed, one-off or Easter-relative day, national or local. */
record ExtraHolidayRule(String name, MonthDay monthDay, Integer onlyYear, Integer easterOffset, Region region) {

    /**
     * Reads the {@code index}-th entry of {@code atende.sla.holidays.extra}.
     *
     * @throws IllegalArgumentException naming the entry and what to fix
     */
    static ExtraHolidayRule from(int index, ExtraHoliday extra) {
        String where = "atende.sla.holidays.extra[%d] (%s)".formatted(index, extra.name());
        boolean hasDate = extra.date() != null && !extra.date().isBlank();
        if (hasDate == (extra.easterOffset() != null)) {
            throw new IllegalArgumentException(where + ": set exactly one of date (\"MM-DD\" every year or"
                    + " \"YYYY-MM-DD\" once) and easter-offset (days after Easter Sunday, e.g. -48)");
        }
        String state = Region.normalize(extra.state());
        String city = Region.normalize(extra.city());
        if (city != null && state == null) {
            throw new IllegalArgumentException(where + ": city \"%s\" needs its state (UF), e.g. state: SP"
                    .formatted(extra.city()));
        }
        Region region = new Region(state, city);
        if (!hasDate) {
            return new ExtraHolidayRule(extra.name(), null, null, extra.easterOffset(), region);
        }
        try {
            String date = extra.date().trim();
            if (date.length() == 5) {
                return new ExtraHolidayRule(extra.name(), MonthDay.parse("--" + date), null, null, region);
            }
            LocalDate once = LocalDate.parse(date);
            return new ExtraHolidayRule(extra.name(), MonthDay.from(once), once.getYear(), null, region);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(where + ": cannot read date \"%s\"; write \"MM-DD\" (e.g. 07-09)"
                    .formatted(extra.date()) + " or \"YYYY-MM-DD\" (e.g. 2027-07-09)", e);
        }
    }

    /** Whether the holiday belongs to that region: national ones everywhere, local ones at their place. */
    boolean appliesTo(Region target) {
        return (region.state() == null || Objects.equals(region.state(), target.state()))
                && (region.city() == null || Objects.equals(region.city(), target.city()));
    }

    /** The day of this holiday in {@code year}, if it falls in that year. */
    Optional<LocalDate> dateIn(int year) {
        if (easterOffset != null) {
            return Optional.of(EasterSunday.of(year).plusDays(easterOffset))
                    .filter(date -> date.getYear() == year);
        }
        if (onlyYear != null && onlyYear != year) {
            return Optional.empty();
        }
        // Feb 29 in a common year simply does not happen.
        return monthDay.isValidYear(year) ? Optional.of(monthDay.atYear(year)) : Optional.empty();
    }
}
