package io.atende.sla;

import io.atende.sla.internal.InvalidOnCallException;
import io.atende.sla.internal.OnCallAction;
import io.atende.sla.internal.OnCallChange;
import io.atende.sla.internal.OnCallDuty;
import io.atende.sla.internal.OnCallEdit;
import io.atende.sla.internal.OnCallHoliday;
import io.atende.sla.internal.UnknownCalendarException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published calendar of on-call duty on holidays (R15), per business calendar: on a holiday the team of a
 * calendar works the hours published here, and they count as business time in its due dates. Administrators and CST
 * change it on {@code /equipe/plantao} and through {@code /api/admin/on-call}; every change is kept in its history
 * ({@code on_call_change}) with who, when, before, after and why.
 */
@Service
@Transactional
public class HolidayOnCall {

    static final int NOTE_MAX = 200;

    private final HolidayOnCallDays days;
    private final OnCallChanges changes;
    private final OnCallRoster roster;
    private final CalendarCatalogue catalogue;
    private final HolidayCalendar holidays;
    private final Clock clock;

    HolidayOnCall(HolidayOnCallDays days, OnCallChanges changes, OnCallRoster roster, CalendarCatalogue catalogue,
            HolidayCalendar holidays, Clock clock) {
        this.days = days;
        this.changes = changes;
        this.roster = roster;
        this.catalogue = catalogue;
        this.holidays = holidays;
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

    /**
     * A calendar's year as the staff screen shows it: every national holiday of {@code year} with its duty (or none),
     * and the other days of that year with duty published (state or city holidays), by date.
     *
     * @throws UnknownCalendarException when the calendar does not exist
     */
    @Transactional(readOnly = true)
    public List<OnCallHoliday> year(String calendarId, int year) {
        SortedMap<LocalDate, String> national = holidays.holidays(year, Location.NATIONAL);
        Map<LocalDate, OnCallDuty> published = list(calendarId, year).stream()
                .collect(Collectors.toMap(OnCallDuty::day, Function.identity()));
        TreeSet<LocalDate> dates = new TreeSet<>(national.keySet());
        dates.addAll(published.keySet());
        List<OnCallHoliday> rows = new ArrayList<>();
        for (LocalDate date : dates) {
            rows.add(new OnCallHoliday(date, national.get(date), published.get(date)));
        }
        return List.copyOf(rows);
    }

    /** The name of the national holiday on {@code day}, if it is one. */
    public Optional<String> nationalHoliday(LocalDate day) {
        return Optional.ofNullable(holidays.holidays(day.getYear(), Location.NATIONAL).get(day));
    }

    /** The duty of a calendar on one day, if published. */
    @Transactional(readOnly = true)
    public Optional<OnCallDuty> find(String calendarId, LocalDate day) {
        requireCalendar(calendarId);
        return days.findByCalendarIdAndDay(calendarId, day).map(HolidayOnCallDay::view);
    }

    /**
     * Publishes (or replaces) a calendar's duty on a day: {@code hours} such as {@code "08:00-12:00"}, and records the
     * change in the history. The same hours and note again change nothing and record nothing. The duty counts only on
     * a day that is a holiday where the customer is; on other days the calendar's weekly hours apply.
     *
     * @throws UnknownCalendarException when the calendar does not exist
     * @throws InvalidOnCallException when the calendar has no holidays to cover, or the hours, note or reason are invalid
     * @throws OptimisticLockingFailureException when the day is no longer what the editor saw ({@link OnCallEdit#seenVersion()})
     */
    public OnCallDuty publish(String calendarId, LocalDate day, List<String> hours, String note, OnCallEdit edit) {
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
        requireReasonLength(edit);
        Optional<HolidayOnCallDay> current = days.findByCalendarIdAndDay(calendarId, day);
        requireSeen(current, edit, calendarId, day);
        if (current.isPresent() && current.get().sameAs(intervals, text)) {
            return current.get().view();
        }
        HolidayOnCallDay.State before = current.map(HolidayOnCallDay::state).orElse(null);
        HolidayOnCallDay duty = current.orElseGet(() -> new HolidayOnCallDay(calendarId, day));
        duty.publish(intervals, text, edit.userId(), clock.instant());
        HolidayOnCallDay saved = days.saveAndFlush(duty);
        changes.save(new OnCallChangeEntry(clock.instant(), edit, calendarId, day,
                before == null ? OnCallAction.PUBLISHED : OnCallAction.CHANGED, before, saved.state()));
        roster.invalidate();
        return saved.view();
    }

    /**
     * Withdraws a calendar's duty on a day and records it in the history.
     *
     * @return whether there was one
     * @throws OptimisticLockingFailureException when the day is no longer what the editor saw ({@link OnCallEdit#seenVersion()})
     */
    public boolean withdraw(String calendarId, LocalDate day, OnCallEdit edit) {
        requireCalendar(calendarId);
        requireReasonLength(edit);
        Optional<HolidayOnCallDay> duty = days.findByCalendarIdAndDay(calendarId, day);
        requireSeen(duty, edit, calendarId, day);
        duty.ifPresent(d -> {
            days.delete(d);
            days.flush();
            changes.save(new OnCallChangeEntry(clock.instant(), edit, calendarId, day, OnCallAction.WITHDRAWN,
                    d.state(), null));
            roster.invalidate();
        });
        return duty.isPresent();
    }

    /** The latest changes of every calendar's duty, newest first (at most 50). */
    @Transactional(readOnly = true)
    public List<OnCallChange> recentChanges() {
        return changes.findTop50ByOrderByAtDescIdDesc().stream().map(OnCallChangeEntry::view).toList();
    }

    /** Every change of a calendar's duty on one day, newest first. */
    @Transactional(readOnly = true)
    public List<OnCallChange> history(String calendarId, LocalDate day) {
        return changes.findByCalendarIdAndDayOrderByAtDescIdDesc(calendarId, day).stream().map(OnCallChangeEntry::view)
                .toList();
    }

    /** Ids of the calendars that stop on holidays, so that on-call duty means something for them. */
    public List<String> holidayCalendars() {
        return catalogue.calendars().values().stream().filter(c -> !c.roundTheClock() && c.countsHolidays())
                .map(BusinessCalendar::id).sorted().toList();
    }

    private static void requireReasonLength(OnCallEdit edit) {
        if (edit.reason() != null && edit.reason().length() > OnCallEdit.REASON_MAX) {
            throw new InvalidOnCallException("reason", "O motivo aceita no máximo %d caracteres."
                    .formatted(OnCallEdit.REASON_MAX));
        }
    }

    private static void requireSeen(Optional<HolidayOnCallDay> current, OnCallEdit edit, String calendarId,
            LocalDate day) {
        if (edit.seenVersion() == null) {
            return;
        }
        long now = current.map(HolidayOnCallDay::version).orElse(OnCallEdit.NOTHING_PUBLISHED);
        if (now != edit.seenVersion()) {
            throw new OptimisticLockingFailureException("on-call duty of %s on %s changed since version %d (now %d)"
                    .formatted(calendarId, day, edit.seenVersion(), now));
        }
    }

    private BusinessCalendar requireCalendar(String calendarId) {
        BusinessCalendar calendar = calendarId == null ? null : catalogue.calendars().get(calendarId);
        if (calendar == null) {
            throw new UnknownCalendarException(calendarId);
        }
        return calendar;
    }
}
