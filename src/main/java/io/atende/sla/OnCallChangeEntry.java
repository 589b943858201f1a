package io.atende.sla;

import io.atende.sla.internal.OnCallAction;
import io.atende.sla.internal.OnCallChange;
import io.atende.sla.internal.OnCallEdit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the on-call duty's history ({@code on_call_change}, V17). Written once, never updated or deleted. */
@Entity
@Table(name = "on_call_change")
class OnCallChangeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id", nullable = false)
    private String actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "calendar_id", nullable = false)
    private String calendarId;

    @Column(name = "on_date", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OnCallAction action;

    /** Comma-separated intervals as {@code holiday_on_call.hours}; null where there was no duty. */
    @Column(name = "hours_before")
    private String hoursBefore;

    @Column(name = "hours_after")
    private String hoursAfter;

    @Column(name = "note_before")
    private String noteBefore;

    @Column(name = "note_after")
    private String noteAfter;

    private String reason;

    protected OnCallChangeEntry() {
    }

    OnCallChangeEntry(Instant at, OnCallEdit edit, String calendarId, LocalDate day, OnCallAction action,
            HolidayOnCallDay.State before, HolidayOnCallDay.State after) {
        this.at = at;
        this.actorId = edit.userId();
        this.actorName = edit.name().length() > 200 ? edit.name().substring(0, 200) : edit.name();
        this.calendarId = calendarId;
        this.day = day;
        this.action = action;
        this.hoursBefore = before == null ? null : before.hours();
        this.noteBefore = before == null ? null : before.note();
        this.hoursAfter = after == null ? null : after.hours();
        this.noteAfter = after == null ? null : after.note();
        this.reason = edit.reason();
    }

    OnCallChange view() {
        return new OnCallChange(at, actorId, actorName, calendarId, day, action, split(hoursBefore), split(hoursAfter),
                noteBefore, noteAfter, reason);
    }

    private static List<String> split(String hours) {
        return hours == null ? List.of() : List.of(hours.split(","));
    }
}
