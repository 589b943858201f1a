package io.atende.ticket;

import java.time.Instant;

/**
 * One line of a ticket's history as readers see it; {@code inheritedFrom} names the earlier ticket
 * a follow-up inherited it from (R19), null for the ticket's own entries.
 */
public record HistoryItem(Long id, Instant at, String author, AuthorKind authorKind, HistoryKind kind, String text,
        TicketNumber inheritedFrom) {

    static HistoryItem own(HistoryEntry entry) {
        return new HistoryItem(entry.getId(), entry.getAt(), entry.getAuthor(), entry.getAuthorKind(), entry.getKind(),
                entry.getText(), null);
    }

    HistoryItem inheritedFrom(TicketNumber number) {
        return inheritedFrom != null ? this : new HistoryItem(id, at, author, authorKind, kind, text, number);
    }
}
