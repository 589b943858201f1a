package io.atende.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The mail_inbox and mail_quarantine tables: what was read, what it did, and what could not be read. */
@Component
public class Inbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Inbox(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /** An inbox row as the staff see it. */
    public record Entry(long id, String messageId, String sender, String subject, Long ticketNumber, String outcome,
            String detail, boolean rawKept, Instant receivedAt) {
    }

    /** A quarantined message as the staff see it. */
    public record Quarantined(long id, String messageKey, String sender, String subject, String reason,
            Instant quarantinedAt) {
    }

    public boolean known(String key) {
        return jdbc.sql("select count(*) from mail_inbox where message_id = :k").param("k", key).query(Long.class)
                .single() > 0;
    }

    /** Claims the message in the current transaction (a unique key: a second node or a second read fails here). */
    public void claim(InboundMessage message, byte[] raw) {
        jdbc.sql("insert into mail_inbox (message_id, sender, subject, outcome, received_at, raw_sha256) "
                + "values (:k, :s, :subject, 'PROCESSING', :at, :h)")
                .param("k", message.key()).param("s", Outbox.truncate(message.sender(), 320))
                .param("subject", Outbox.truncate(message.subject(), 500)).param("at", Outbox.utc(clock.instant()))
                .param("h", sha256(raw)).update();
    }

    /**
     * Whether {@code raw} is the very message already recorded under {@code key} (read again, e.g. after a crash
     * between the commit and the \Seen flag); rows from before the content hash count as the same.
     */
    public boolean sameContent(String key, byte[] raw) {
        String stored = jdbc.sql("select raw_sha256 from mail_inbox where message_id = :k").param("k", key)
                .query(String.class).optional().orElse(null);
        return stored == null || stored.equals(sha256(raw));
    }

    /**
     * Records, without processing it, a different message that reuses the Message-ID {@code key} of one already
     * processed (a client resending with the same id, a forgery): staff see it as DUPLICATE, raw kept for review.
     * The same duplicate read again is recorded once.
     */
    public void recordDuplicate(InboundMessage message, byte[] raw, Long firstTicket) {
        String hash = sha256(raw);
        String key = Outbox.truncate("duplicate:" + hash.substring(0, 16) + ":" + message.key(), 250);
        jdbc.sql("insert into mail_inbox (message_id, sender, subject, ticket_number, outcome, detail, raw, received_at, "
                + "raw_sha256) values (:k, :s, :subject, :t, 'DUPLICATE', :d, :raw, :at, :h)")
                .param("k", key).param("s", Outbox.truncate(message.sender(), 320))
                .param("subject", Outbox.truncate(message.subject(), 500)).param("t", firstTicket)
                .param("d", Outbox.truncate("Message-ID " + message.key() + " já foi processada com outro conteúdo; esta "
                        + "mensagem não foi aplicada ao ticket. Confira o original guardado e responda ao cliente se "
                        + "precisar.", 2000))
                .param("raw", raw).param("at", Outbox.utc(clock.instant())).param("h", hash).update();
    }

    /** The ticket the message recorded under {@code key} concerned, if any. */
    public Long ticketOf(String key) {
        return jdbc.sql("select ticket_number from mail_inbox where message_id = :k").param("k", key)
                .query((rs, row) -> Outbox.nullableLong(rs, "ticket_number")).optional().orElse(null);
    }

    static String sha256(byte[] raw) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the message did; {@code raw} is kept for messages staff should review. */
    public void record(InboundMessage message, String outcome, Long ticketNumber, String detail, byte[] raw) {
        jdbc.sql("update mail_inbox set outcome = :o, ticket_number = :t, detail = :d, raw = :raw where message_id = :k")
                .param("o", outcome).param("t", ticketNumber).param("d", Outbox.truncate(detail, 2000))
                .param("raw", raw).param("k", message.key()).update();
    }

    public long fromSenderSince(String sender, Instant since) {
        return jdbc.sql("select count(*) from mail_inbox where sender = :s and received_at > :since")
                .param("s", sender).param("since", Outbox.utc(since)).query(Long.class).single();
    }

    /** Keeps an unreadable message with the reason; a second read of the same message changes nothing. */
    public void quarantine(String key, String sender, String subject, String reason, byte[] raw) {
        if (jdbc.sql("select count(*) from mail_quarantine where message_key = :k").param("k", key).query(Long.class)
                .single() > 0) {
            return;
        }
        jdbc.sql("insert into mail_quarantine (message_key, sender, subject, reason, raw, quarantined_at) "
                + "values (:k, :s, :subject, :r, :raw, :at)")
                .param("k", Outbox.truncate(key, 250)).param("s", Outbox.truncate(sender, 320))
                .param("subject", Outbox.truncate(subject, 500)).param("r", Outbox.truncate(reason, 2000))
                .param("raw", raw).param("at", Outbox.utc(clock.instant())).update();
    }

    public boolean quarantined(String key) {
        return jdbc.sql("select count(*) from mail_quarantine where message_key = :k").param("k", key)
                .query(Long.class).single() > 0;
    }

    public List<Entry> list(int limit) {
        return jdbc.sql("select * from mail_inbox order by id desc fetch first " + Math.max(1, Math.min(limit, 1000))
                + " rows only").query(Inbox::entry).list();
    }

    public List<Quarantined> quarantine(int limit) {
        return jdbc.sql("select * from mail_quarantine order by id desc fetch first " + Math.max(1, Math.min(limit, 1000))
                + " rows only").query((rs, row) -> new Quarantined(rs.getLong("id"), rs.getString("message_key"),
                        rs.getString("sender"), rs.getString("subject"), rs.getString("reason"),
                        Outbox.instant(rs, "quarantined_at"))).list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getString("message_id"), rs.getString("sender"), rs.getString("subject"),
                Outbox.nullableLong(rs, "ticket_number"), rs.getString("outcome"), rs.getString("detail"),
                rs.getBytes("raw") != null, Outbox.instant(rs, "received_at"));
    }
}
