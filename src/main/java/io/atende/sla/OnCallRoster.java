package io.atende.sla;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The holiday on-call duty the calendars consult, kept in memory: due-date arithmetic asks about
 * every holiday it crosses, so the whole (small) table is read once and then answered from a map.
 * A change through {@link HolidayOnCall} drops the map after its commit; the map is also re-read
 * after {@link #MAX_AGE}, so that a change made on another node shows here within that time.
 */
@Component
class OnCallRoster implements HolidayDuty {

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final HolidayOnCallDays days;
    private volatile Snapshot snapshot;

    OnCallRoster(HolidayOnCallDays days) {
        this.days = days;
    }

    @Override
    public List<WorkingInterval> on(String calendarId, LocalDate day) {
        return current().duty().getOrDefault(new Key(calendarId, day), List.of());
    }

    /** Forgets the map once the current transaction commits (at once outside a transaction). */
    void invalidate() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot = null;
                }
            });
        } else {
            snapshot = null;
        }
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAt() > MAX_AGE.toNanos()) {
            Map<Key, List<WorkingInterval>> duty = new HashMap<>();
            for (HolidayOnCallDay day : days.findAll()) {
                duty.put(new Key(day.calendarId(), day.day()), day.intervals());
            }
            current = new Snapshot(Map.copyOf(duty), System.nanoTime());
            snapshot = current;
        }
        return current;
    }

    private record Key(String calendarId, LocalDate day) {
    }

    private record Snapshot(Map<Key, List<WorkingInterval>> duty, long loadedAt) {
    }
}
