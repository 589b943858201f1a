package io.atende.mail.internal;

import java.time.Instant;

/** An outbox row as the staff see it (no bodies). */
public record OutboxEntry(long id, String messageId, Long ticketNumber, String recipient, String subject,
        String template, String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
        Instant sentAt) {
}
