package io.atende.sla;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The on-call duty's history, every calendar's. */
interface OnCallChanges extends JpaRepository<OnCallChangeEntry, Long> {

    List<OnCallChangeEntry> findTop50ByOrderByAtDescIdDesc();

    List<OnCallChangeEntry> findByCalendarIdAndDayOrderByAtDescIdDesc(String calendarId, java.time.LocalDate day);
}
