package io.atende.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R8–R15: the due-date arithmetic subtracts whole ordinary weeks at once. Checked against the plain
 * day-by-day walk (written out here as the reference) on every shipped calendar, in two places, with
 * holiday duty, over years with and without daylight saving time (Brazil dropped it in 2019).
 */
class WeekSkippingTests {

    private static final ZoneId ZONE = BusinessCalendars.ZONE;
    private static final Location CAMPINAS = new Location("SP", "Campinas");
    private static final LocalDate DUTY_DAY = LocalDate.of(2026, 4, 21); // Tiradentes

    private final HolidayDuty duty = (calendarId, day) -> day.equals(DUTY_DAY)
            ? List.of(new WorkingInterval(9 * 3600, 13 * 3600, "plantão")) : List.of();
    private final ConfiguredBusinessCalendars calendars = SlaFixtures.withDuty(duty);
    private final CalendarCatalogue catalogue = SlaFixtures.shippedCatalogue();
    private final HolidayCalendar holidays = new HolidayCalendar(SlaFixtures.shippedSettings().holidays());

    @Test
    @DisplayName("Skipping whole weeks gives the same instant as walking every day (2,000 random due dates)")
    void sameDueDatesAsTheDayByDayWalk() {
        Random random = new Random(20261129);
        List<String> ids = calendars.ids().stream().sorted().toList();
        for (int i = 0; i < 2_000; i++) {
            String calendar = ids.get(random.nextInt(ids.size()));
            Location location = random.nextBoolean() ? SlaFixtures.SAO_PAULO : (random.nextBoolean() ? SlaFixtures.RIO : CAMPINAS);
            Instant start = LocalDateTime.of(2015, 1, 1, 0, 0)
                    .plusMinutes(random.nextInt(12 * 366 * 24 * 60)).atZone(ZONE).toInstant();
            long hours = 1 + random.nextInt(random.nextBoolean() ? 60 : 3_000);

            assertThat(calendars.addBusinessHours(calendar, location, start, hours))
                    .as("%s in %s from %s plus %d h", calendar, location, start.atZone(ZONE), hours)
                    .isEqualTo(walk(calendar, location, start, hours));
        }
    }

    @Test
    @DisplayName("A week with a holiday on duty is walked, not skipped (R15)")
    void weekWithDutyIsWalked() {
        Instant start = SlaFixtures.brasilia("2026-04-06T08:00");

        assertThat(calendars.addBusinessHours("suporte", SlaFixtures.SAO_PAULO, start, 200))
                .isEqualTo(walk("suporte", SlaFixtures.SAO_PAULO, start, 200));
    }

    /** The reference: day by day, interval by interval, as the rules read. */
    private Instant walk(String calendarId, Location location, Instant start, long hours) {
        BusinessCalendar calendar = catalogue.calendars().get(calendarId);
        if (calendar.roundTheClock()) {
            return start.plus(Duration.ofHours(hours));
        }
        Region region = Region.of(location);
        Duration remaining = Duration.ofHours(hours);
        for (LocalDate day = start.atZone(ZONE).toLocalDate(); ; day = day.plusDays(1)) {
            List<WorkingInterval> intervals = calendar.countsHolidays() && holidays.isHoliday(day, region)
                    ? duty.on(calendarId, day) : calendar.schedule().on(day.getDayOfWeek());
            for (WorkingInterval interval : intervals) {
                Instant closes = interval.closesOn(day, ZONE);
                if (!closes.isAfter(start)) {
                    continue;
                }
                Instant opens = interval.opensOn(day, ZONE);
                Instant from = opens.isAfter(start) ? opens : start;
                Duration available = Duration.between(from, closes);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }
}
