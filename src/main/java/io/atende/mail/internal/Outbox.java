package io.atende.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail_outbox table. Rows are written in the caller's transaction; the dispatcher claims due
 * rows with a conditional update (works on H2 and PostgreSQL, and with several nodes: only one
 * update of a row from PENDING to SENDING succeeds), sends them, and marks the result in its own
 * statement.
 */
@Component
public class Outbox {

    public static final String PENDING = "PENDING";
    public static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    private static final String DUE = "((status = 'PENDING' and next_attempt_at <= :now) "
            + "or (status = 'SENDING' and claimed_until < :now))";

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /** Writes the message in the current transaction; a template that failed is stored as FAILED with the reason. */
    public void add(OutgoingMessage message, String failure) {
        OffsetDateTime now = utc(clock.instant());
        jdbc.sql("""
                insert into mail_outbox (message_id, ticket_number, recipient, subject, template, text_body, html_body,
                    in_reply_to, reference_ids, auto_submitted, status, attempts, next_attempt_at, last_error, created_at)
                values (:messageId, :ticket, :recipient, :subject, :template, :text, :html, :inReplyTo, :references,
                    :autoSubmitted, :status, 0, :now, :error, :now)""")
                .param("messageId", message.messageId())
                .param("ticket", message.ticketNumber())
                .param("recipient", message.recipient())
                .param("subject", truncate(message.subject(), 500))
                .param("template", message.template())
                .param("text", message.text() == null ? "" : message.text())
                .param("html", message.html() == null ? "" : message.html())
                .param("inReplyTo", message.inReplyTo())
                .param("references", message.references().isEmpty() ? null : String.join(" ", message.references()))
                .param("autoSubmitted", message.autoSubmitted())
                .param("status", failure == null ? PENDING : FAILED)
                .param("now", now)
                .param("error", truncate(failure, 2000))
                .update();
    }

    /**
     * The Message-IDs of a ticket's thread as one recipient saw it, oldest first: what we sent them
     * and what customers sent us about the ticket.
     */
    public List<String> thread(long ticketNumber, String recipient) {
        return jdbc.sql("""
                select message_id from (
                    select message_id, created_at as at, id, 0 as src from mail_outbox
                        where ticket_number = :n and recipient = :r
                    union all
                    select message_id, received_at as at, id, 1 as src from mail_inbox where ticket_number = :n) t
                order by at, src, id""").param("n", ticketNumber).param("r", recipient.toLowerCase())
                .query(String.class).list();
    }

    /** The ticket whose thread holds one of these Message-IDs (the newest reference first). */
    public Optional<Long> ticketOfMessage(List<String> messageIds) {
        List<String> newestFirst = new ArrayList<>(messageIds);
        java.util.Collections.reverse(newestFirst);
        for (String id : newestFirst) {
            Optional<Long> found = jdbc.sql("""
                    select ticket_number from mail_outbox where message_id = :id and ticket_number is not null
                    union all
                    select ticket_number from mail_inbox where message_id = :id and ticket_number is not null""")
                    .param("id", id).query(Long.class).list().stream().findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Whether an answer with this template went to the address since {@code since} (rate of polite answers). */
    public boolean answeredSince(String recipient, String template, Instant since) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :r and template = :t and created_at > :since")
                .param("r", recipient).param("t", template).param("since", utc(since)).query(Long.class).single() > 0;
    }

    /** Claims up to {@code limit} due rows for this node; each claim is its own conditional update. */
    public List<Claimed> claimDue(String node, Duration lease, int limit) {
        Instant now = clock.instant();
        List<Long> candidates = jdbc.sql("select id from mail_outbox where " + DUE + " order by id fetch first "
                        + Math.max(1, limit) * 5 + " rows only")
                .param("now", utc(now)).query(Long.class).list();
        List<Claimed> claimed = new ArrayList<>();
        for (Long id : candidates) {
            if (claimed.size() >= limit) {
                break;
            }
            int updated = jdbc.sql("update mail_outbox set status = 'SENDING', claimed_by = :node, claimed_until = :until "
                    + "where id = :id and " + DUE)
                    .param("node", node).param("until", utc(now.plus(lease))).param("id", id).param("now", utc(now))
                    .update();
            if (updated == 1) {
                jdbc.sql("select * from mail_outbox where id = :id").param("id", id).query(Outbox::claimed).optional()
                        .ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    /** Marks a claimed row sent; only the node holding the claim may. */
    public boolean markSent(long id, String node) {
        return jdbc.sql("update mail_outbox set status = 'SENT', sent_at = :now, claimed_by = null, claimed_until = null, "
                + "last_error = null where id = :id and status = 'SENDING' and claimed_by = :node")
                .param("now", utc(clock.instant())).param("id", id).param("node", node).update() == 1;
    }

    /** Records a failed attempt: back to PENDING at {@code retryAt}, or FAILED when {@code retryAt} is null. */
    public void markAttemptFailed(long id, String node, String reason, Instant retryAt) {
        jdbc.sql("update mail_outbox set status = :status, attempts = attempts + 1, next_attempt_at = :next, "
                + "last_error = :error, claimed_by = null, claimed_until = null "
                + "where id = :id and status = 'SENDING' and claimed_by = :node")
                .param("status", retryAt == null ? FAILED : PENDING)
                .param("next", utc(retryAt == null ? clock.instant() : retryAt))
                .param("error", truncate(reason, 2000)).param("id", id).param("node", node).update();
    }

    /** Newest first, optionally of one status and/or one ticket. */
    public List<OutboxEntry> list(String status, Long ticketNumber, int limit) {
        // Built without "(:p is null or …)": PostgreSQL cannot type a null parameter compared to nothing.
        StringBuilder sql = new StringBuilder("select * from mail_outbox where 1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status);
        }
        if (ticketNumber != null) {
            sql.append(" and ticket_number = :ticket");
            params.put("ticket", ticketNumber);
        }
        sql.append(" order by id desc fetch first ").append(Math.max(1, Math.min(limit, 1000))).append(" rows only");
        return jdbc.sql(sql.toString()).params(params).query(Outbox::entry).list();
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getString("message_id"), nullableLong(rs, "ticket_number"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("template"), rs.getString("status"),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    private static Claimed claimed(ResultSet rs, int row) throws SQLException {
        String references = rs.getString("reference_ids");
        return new Claimed(rs.getLong("id"), rs.getInt("attempts"),
                new OutgoingMessage(rs.getString("message_id"), nullableLong(rs, "ticket_number"),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("template"),
                        rs.getString("text_body"), rs.getString("html_body"), rs.getString("in_reply_to"),
                        references == null ? List.of() : Arrays.asList(references.split(" ")),
                        rs.getString("auto_submitted")));
    }

    /** A row this node holds and must send. */
    public record Claimed(long id, int attempts, OutgoingMessage message) {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
