package io.atende.sla;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The published holiday on-call days of all calendars. */
interface HolidayOnCallDays extends JpaRepository<HolidayOnCallDay, Long> {

    Optional<HolidayOnCallDay> findByCalendarIdAndDay(String calendarId, LocalDate day);

    List<HolidayOnCallDay> findByCalendarIdOrderByDay(String calendarId);

    List<HolidayOnCallDay> findByCalendarIdAndDayBetweenOrderByDay(String calendarId, LocalDate from, LocalDate to);
}
