package io.atende.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Time an agent registered on a Consultoria Telefônica ticket (R10), with author and instant. The
 * entry is billed at the rate of the day it was worked ({@code workedAt}: the start when the
 * agent gave start and stop, else the registration instant), in that day's month (Brasília).
 */
@Entity
@Table(name = "consulting_time_entry")
public class ConsultingTimeEntry {

    static final int MAX_MINUTES = 24 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private Long ticketId;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "worked_at", nullable = false)
    private Instant workedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(nullable = false)
    private String author;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ConsultingTimeEntry() {
    }

    ConsultingTimeEntry(Long ticketId, Long companyId, int minutes, Instant workedAt, Instant startedAt,
            Instant stoppedAt, String author, Instant recordedAt) {
        this.ticketId = ticketId;
        this.companyId = companyId;
        this.minutes = minutes;
        this.workedAt = workedAt;
        this.startedAt = startedAt;
        this.stoppedAt = stoppedAt;
        this.author = author;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getTicketId() { return ticketId; }
    public Long getCompanyId() { return companyId; }
    public int getMinutes() { return minutes; }
    public Instant getWorkedAt() { return workedAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getStoppedAt() { return stoppedAt; }
    public String getAuthor() { return author; }
    public Instant getRecordedAt() { return recordedAt; }
}
