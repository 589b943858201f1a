package io.atende.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Working time on one day, {@code [startSecond, endSecond)} in seconds after local midnight;
 * {@code endSecond} may be 86 400 (24:00). Keeps the settings entry it came from for messages.
 */
record WorkingInterval(int startSecond, int endSecond, String entry) {

    static final int SECONDS_PER_DAY = 86_400;

    static final WorkingInterval WHOLE_DAY = new WorkingInterval(0, SECONDS_PER_DAY, "00:00-24:00");

    boolean overlaps(WorkingInterval other) {
        return startSecond < other.endSecond && other.startSecond < endSecond;
    }

    Instant opensOn(LocalDate day, ZoneId zone) {
        return at(day, startSecond, zone);
    }

    Instant closesOn(LocalDate day, ZoneId zone) {
        return at(day, endSecond, zone);
    }

    // Via LocalDateTime so that 24:00 becomes the next midnight and a DST gap, should Brazil bring
    // daylight saving back, shifts the instant instead of failing.
    private static Instant at(LocalDate day, int secondOfDay, ZoneId zone) {
        return day.atStartOfDay().plusSeconds(secondOfDay).atZone(zone).toInstant();
    }
}
