package io.atende.sla;

import io.atende.sla.internal.OnCallDuty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One holiday on which a calendar's team is on duty, with its hours (R15). */
@Entity
@Table(name = "holiday_on_call")
class HolidayOnCallDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_id", nullable = false)
    private String calendarId;

    @Column(name = "on_date", nullable = false)
    private LocalDate day;

    /** Comma-separated "HH:MM-HH:MM" intervals, earliest first. */
    @Column(nullable = false)
    private String hours;

    private String note;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected HolidayOnCallDay() {
    }

    HolidayOnCallDay(String calendarId, LocalDate day) {
        this.calendarId = calendarId;
        this.day = day;
    }

    void publish(List<WorkingInterval> intervals, String note, String by, Instant at) {
        this.hours = joined(intervals);
        this.note = note;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Whether publishing {@code intervals} and {@code note} would leave the day as it is. */
    boolean sameAs(List<WorkingInterval> intervals, String note) {
        return hours != null && hours.equals(joined(intervals)) && java.util.Objects.equals(this.note, note);
    }

    List<WorkingInterval> intervals() {
        return OnCallHours.parse(List.of(hours.split(",")));
    }

    OnCallDuty view() {
        return new OnCallDuty(calendarId, day, hours(), note, updatedBy, updatedAt, version);
    }

    /** The intervals as written, earliest first, e.g. {@code ["08:00-12:00", "13:00-17:00"]}. */
    List<String> hours() {
        return List.of(hours.split(","));
    }

    String note() {
        return note;
    }

    long version() {
        return version;
    }

    /** The day's hours (comma-separated) and note at one moment, for its history. */
    record State(String hours, String note) {
    }

    State state() {
        return new State(hours, note);
    }

    private static String joined(List<WorkingInterval> intervals) {
        return String.join(",", intervals.stream().map(WorkingInterval::entry).toList());
    }

    String calendarId() {
        return calendarId;
    }

    LocalDate day() {
        return day;
    }
}
