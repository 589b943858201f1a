package io.atende.sla;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published calendar of on-call duty on holidays (R15), per business calendar: on a holiday
 * the team of a calendar works the hours published here, and they count as business time in its
 * due dates. Administrators change it through {@code /api/admin/on-call}.
 */
@Service
@Transactional
public class HolidayOnCall {

    static final int NOTE_MAX = 200;

    private final HolidayOnCallDays days;
    private final OnCallRoster roster;
    private final CalendarCatalogue catalogue;
    private final Clock clock;

    HolidayOnCall(HolidayOnCallDays days, OnCallRoster roster, CalendarCatalogue catalogue, Clock clock) {
        this.days = days;
        this.roster = roster;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * The duty published for a calendar, by date; only {@code year}'s when it is not null.
     *
     * @throws UnknownCalendarException when the calendar does not exist
     */
    @Transactional(readOnly = true)
    public List<OnCallDuty> list(String calendarId, Integer year) {
        requireCalendar(calendarId);
        List<HolidayOnCallDay> found = year == null ? days.findByCalendarIdOrderByDay(calendarId)
                : days.findByCalendarIdAndDayBetweenOrderByDay(calendarId, LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31));
        return found.stream().map(HolidayOnCallDay::view).toList();
    }

    /** The duty of a calendar on one day, if published. */
    @Transactional(readOnly = true)
    public Optional<OnCallDuty> find(String calendarId, LocalDate day) {
        requireCalendar(calendarId);
        return days.findByCalendarIdAndDay(calendarId, day).map(HolidayOnCallDay::view);
    }

    /**
     * Publishes (or replaces) a calendar's duty on a day: {@code hours} such as {@code "08:00-12:00"}.
     * The duty counts only on a day that is a holiday where the customer is; on other days the
     * calendar's weekly hours apply.
     *
     * @throws UnknownCalendarException when the calendar does not exist
     * @throws InvalidOnCallException when the calendar has no holidays to cover, or the hours or note are invalid
     */
    public OnCallDuty publish(String calendarId, LocalDate day, List<String> hours, String note, String by) {
        BusinessCalendar calendar = requireCalendar(calendarId);
        if (calendar.roundTheClock() || !calendar.countsHolidays()) {
            throw new InvalidOnCallException("calendarId", "O calendário \"%s\" já trabalha nos feriados"
                    .formatted(calendarId) + " (24x7 ou sem feriados); plantão só se publica para calendários que param"
                    + " nos feriados: " + String.join(", ", holidayCalendars()) + ".");
        }
        if (day == null) {
            throw new InvalidOnCallException("date", "Informe a data do plantão no formato AAAA-MM-DD.");
        }
        List<WorkingInterval> intervals = OnCallHours.parse(hours);
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > NOTE_MAX) {
            throw new InvalidOnCallException("note", "A observação aceita no máximo %d caracteres.".formatted(NOTE_MAX));
        }
        HolidayOnCallDay duty = days.findByCalendarIdAndDay(calendarId, day)
                .orElseGet(() -> new HolidayOnCallDay(calendarId, day));
        duty.publish(intervals, text, by, clock.instant());
        HolidayOnCallDay saved = days.save(duty);
        roster.invalidate();
        return saved.view();
    }

    /**
     * Withdraws a calendar's duty on a day.
     *
     * @return whether there was one
     */
    public boolean withdraw(String calendarId, LocalDate day) {
        requireCalendar(calendarId);
        Optional<HolidayOnCallDay> duty = days.findByCalendarIdAndDay(calendarId, day);
        duty.ifPresent(d -> {
            days.delete(d);
            roster.invalidate();
        });
        return duty.isPresent();
    }

    /** Ids of the calendars that stop on holidays, so that on-call duty means something for them. */
    public List<String> holidayCalendars() {
        return catalogue.calendars().values().stream().filter(c -> !c.roundTheClock() && c.countsHolidays())
                .map(BusinessCalendar::id).sorted().toList();
    }

    private BusinessCalendar requireCalendar(String calendarId) {
        BusinessCalendar calendar = calendarId == null ? null : catalogue.calendars().get(calendarId);
        if (calendar == null) {
            throw new UnknownCalendarException(calendarId);
        }
        return calendar;
    }
}
