package io.atende.sla;

import io.atende.sla.SlaSettings.CalendarSettings;

/**
 * One team's working time: its weekly schedule and whether holidays stop the clock.
 *
 * @param roundTheClock 24x7: every instant is working time, holidays included (R12, R14)
 */
record BusinessCalendar(String id, WeeklySchedule schedule, boolean countsHolidays, boolean roundTheClock) {

    /**
     * Builds a calendar from its settings.
     *
     * @throws IllegalArgumentException naming the calendar and the entry at fault
     */
    static BusinessCalendar from(String id, CalendarSettings settings) {
        if (settings.twentyFourSeven()) {
            if (!settings.hours().isEmpty()) {
                throw WeeklySchedule.invalid(id, "sets both twenty-four-seven and hours %s; choose one"
                        .formatted(settings.hours()));
            }
            if (Boolean.TRUE.equals(settings.holidays())) {
                throw WeeklySchedule.invalid(id, "a twenty-four-seven calendar ignores holidays; for round the clock"
                        + " except holidays write hours: [\"MON-SUN 00:00-24:00\"]");
            }
            return new BusinessCalendar(id, WeeklySchedule.roundTheClock(), false, true);
        }
        WeeklySchedule schedule = WeeklySchedule.parse(id, settings.hours());
        if (schedule.isEmpty()) {
            throw WeeklySchedule.invalid(id, "has no working time; set hours (e.g. \"MON-FRI 08:00-18:00\")"
                    + " or twenty-four-seven: true");
        }
        return new BusinessCalendar(id, schedule, settings.countsHolidays(), false);
    }
}
