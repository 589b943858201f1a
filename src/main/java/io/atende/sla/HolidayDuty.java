package io.atende.sla;

import java.time.LocalDate;
import java.util.List;

/** The published on-call duty on holidays (R15): the hours a calendar's team works on a holiday. */
interface HolidayDuty {

    /** No team is on duty on any holiday. */
    HolidayDuty NONE = (calendarId, day) -> List.of();

    /** The intervals the team of {@code calendarId} is on duty on {@code day}; empty when none. */
    List<WorkingInterval> on(String calendarId, LocalDate day);
}
