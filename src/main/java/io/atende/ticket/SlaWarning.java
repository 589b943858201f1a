package io.atende.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The team holding a ticket was warned before its support target (R20): which team, due when, warned when. */
@Entity
@Table(name = "ticket_sla_warning")
public class SlaWarning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(nullable = false)
    private String team;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "warned_at", nullable = false)
    private Instant warnedAt;

    protected SlaWarning() {
    }

    SlaWarning(Ticket ticket, String team, Instant dueAt, Instant warnedAt) {
        this.ticket = ticket;
        this.team = team;
        this.dueAt = dueAt;
        this.warnedAt = warnedAt;
    }

    public String getTeam() {
        return team;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getWarnedAt() {
        return warnedAt;
    }
}
