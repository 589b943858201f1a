package io.atende.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A ticket moved in the queues: its team or status changed (issue 15, the managers' backlog over time). The rows of
 * a ticket, in order, lead from nothing to its current team and status, so the backlog at any past instant is the
 * current one minus the moves made since.
 */
@Entity
@Table(name = "ticket_queue_change")
class QueueChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "from_team")
    private String fromTeam;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private TicketStatus fromStatus;

    @Column(name = "to_team")
    private String toTeam;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private TicketStatus toStatus;

    protected QueueChange() {
    }

    QueueChange(Ticket ticket, Instant at, String fromTeam, TicketStatus fromStatus, String toTeam,
            TicketStatus toStatus) {
        this.ticket = ticket;
        this.at = at;
        this.fromTeam = fromTeam;
        this.fromStatus = fromStatus;
        this.toTeam = toTeam;
        this.toStatus = toStatus;
    }
}
