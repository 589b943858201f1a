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

/** A missed SLA target (R20), kept for reporting: which target, which team, due when, seen when. */
@Entity
@Table(name = "ticket_sla_breach")
public class SlaBreach {

    /** Which R20 target was missed. */
    public enum Target { SUPPORT, MAINTENANCE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Target target;

    @Column(nullable = false)
    private String team;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "breached_at", nullable = false)
    private Instant breachedAt;

    protected SlaBreach() {
    }

    SlaBreach(Ticket ticket, Target target, String team, Instant dueAt, Instant breachedAt) {
        this.ticket = ticket;
        this.target = target;
        this.team = team;
        this.dueAt = dueAt;
        this.breachedAt = breachedAt;
    }

    public Target getTarget() {
        return target;
    }

    public String getTeam() {
        return team;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getBreachedAt() {
        return breachedAt;
    }
}
