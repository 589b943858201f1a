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

/** One event in a ticket's history: who, when, what kind, and the text (R17, R19). */
@Entity
@Table(name = "ticket_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false)
    private AuthorKind authorKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HistoryKind kind;

    @Column(columnDefinition = "text")
    private String text;

    protected HistoryEntry() {
    }

    HistoryEntry(Ticket ticket, Instant at, String author, AuthorKind authorKind, HistoryKind kind, String text) {
        this.ticket = ticket;
        this.at = at;
        this.author = author;
        this.authorKind = authorKind;
        this.kind = kind;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getAuthor() {
        return author;
    }

    public AuthorKind getAuthorKind() {
        return authorKind;
    }

    public HistoryKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }
}
