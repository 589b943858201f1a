package io.atende.sla;

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
        this.hours = String.join(",", intervals.stream().map(WorkingInterval::entry).toList());
        this.note = note;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    List<WorkingInterval> intervals() {
        return OnCallHours.parse(List.of(hours.split(",")));
    }

    OnCallDuty view() {
        return new OnCallDuty(calendarId, day, List.of(hours.split(",")), note, updatedBy, updatedAt);
    }

    String calendarId() {
        return calendarId;
    }

    LocalDate day() {
        return day;
    }
}
