package io.atende.sla;

import java.util.ArrayList;
import java.util.List;

/**
 * One calendar as the calendars file writes it, in Brasília time.
 *
 * @param hours weekly working intervals, e.g. {@code "MON-FRI 08:00-12:00"}, {@code "SAT 09:00-15:00"}
 * @param onCall weekly on-call (plantão) intervals; they count as business time like {@code hours} (R14)
 * @param twentyFourSeven round the clock, every day, holidays included; excludes {@code hours} and {@code onCall}
 * @param holidays whether holidays stop the clock (default: true, unless 24x7)
 */
record CalendarSettings(List<String> hours, List<String> onCall, boolean twentyFourSeven, Boolean holidays) {

    CalendarSettings {
        hours = List.copyOf(hours == null ? List.of() : hours);
        onCall = List.copyOf(onCall == null ? List.of() : onCall);
    }

    /** Whether the holidays of the customer's location are non-working time in this calendar. */
    boolean countsHolidays() {
        return holidays == null ? !twentyFourSeven : holidays;
    }

    /** Working and on-call entries together, in that order: the indexes error messages refer to. */
    List<String> allEntries() {
        List<String> all = new ArrayList<>(hours);
        all.addAll(onCall);
        return all;
    }
}
