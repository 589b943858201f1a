package io.atende.sla;

/**
 * One team's working time: its weekly schedule (on-call windows included) and whether holidays
 * stop the clock.
 *
 * @param roundTheClock 24x7: every instant is working time, holidays included (R12, R14)
 */
record BusinessCalendar(String id, WeeklySchedule schedule, boolean countsHolidays, boolean roundTheClock) {

    /**
     * Builds a calendar from its settings.
     *
     * @throws InvalidCalendarException naming the calendar and, when one is at fault, the entry
     */
    static BusinessCalendar from(String id, CalendarSettings settings) {
        if (settings.twentyFourSeven()) {
            if (!settings.hours().isEmpty() || !settings.onCall().isEmpty()) {
                throw WeeklySchedule.invalid(id, "sets both twenty-four-seven and hours %s; choose one"
                        .formatted(settings.allEntries()));
            }
            if (Boolean.TRUE.equals(settings.holidays())) {
                throw WeeklySchedule.invalid(id, "a twenty-four-seven calendar ignores holidays; for round the clock"
                        + " except holidays write hours: [\"MON-SUN 00:00-24:00\"]");
            }
            return new BusinessCalendar(id, WeeklySchedule.roundTheClock(), false, true);
        }
        // On-call windows count as business time (R14), so they join the hours and may not overlap them.
        WeeklySchedule schedule = WeeklySchedule.parse(id, settings.allEntries());
        if (schedule.isEmpty()) {
            throw WeeklySchedule.invalid(id, "has no working time; set hours (e.g. \"MON-FRI 08:00-18:00\")"
                    + " or twenty-four-seven: true");
        }
        return new BusinessCalendar(id, schedule, settings.countsHolidays(), false);
    }
}
