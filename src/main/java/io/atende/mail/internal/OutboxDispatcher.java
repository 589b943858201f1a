package io.atende.mail.internal;

import io.atende.mail.MailSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: claims due rows, sends each over SMTP, marks it SENT, or schedules a
 * retry with exponential backoff (initial × 2^(attempts−1), capped) until {@code max-attempts}, then
 * FAILED with the reason. A row is sent by the node that claimed it; a node that dies mid-send loses
 * its claim after {@code claim-timeout} and another node takes the row over.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final Session session = Session.getInstance(new Properties());
    private boolean warnedNoSender;

    OutboxDispatcher(Outbox outbox, ObjectProvider<JavaMailSender> sender, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends every due message (one batch); returns how many were sent. */
    public synchronized int dispatchDue() {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            if (!warnedNoSender) {
                log.warn("No SMTP server configured (spring.mail.host); e-mails stay PENDING in the outbox");
                warnedNoSender = true;
            }
            return 0;
        }
        MailSettings.Outbox config = settings.outbox();
        List<Outbox.Claimed> claimed = outbox.claimDue(node, config.claimTimeout(), config.batchSize());
        int sent = 0;
        for (Outbox.Claimed row : claimed) {
            try {
                mailSender.send(mime(row.message()));
                outbox.markSent(row.id(), node);
                sent++;
            } catch (MailPreparationException e) {
                outbox.markAttemptFailed(row.id(), node, reason(e), null);
            } catch (MailException | MessagingException | UnsupportedEncodingException e) {
                int attempts = row.attempts() + 1;
                Instant retryAt = attempts >= config.maxAttempts() ? null : clock.instant().plus(backoff(attempts));
                log.warn("E-mail {} to {} not sent (attempt {}): {}", row.message().messageId(), row.message().recipient(),
                        attempts, reason(e));
                outbox.markAttemptFailed(row.id(), node, reason(e), retryAt);
            }
        }
        return sent;
    }

    Duration backoff(int attempts) {
        Duration initial = settings.outbox().initialBackoff();
        Duration max = settings.outbox().maxBackoff();
        long factor = 1L << Math.min(30, attempts - 1);
        Duration delay = initial.multipliedBy(factor);
        return delay.compareTo(max) > 0 || delay.isNegative() ? max : delay;
    }

    private MimeMessage mime(OutgoingMessage message) throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = new FixedIdMimeMessage(session, message.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(new InternetAddress(settings.supportAddress(), settings.supportName(), "UTF-8"));
        helper.setReplyTo(settings.supportAddress());
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.text(), message.html());
        mime.setHeader("Auto-Submitted", message.autoSubmitted());
        mime.setHeader("X-Auto-Response-Suppress", "All");
        if (message.ticketNumber() != null) {
            mime.setHeader("X-Atende-Ticket", String.valueOf(message.ticketNumber()));
        }
        if (message.inReplyTo() != null) {
            mime.setHeader("In-Reply-To", message.inReplyTo());
        }
        if (!message.references().isEmpty()) {
            mime.setHeader("References", String.join(" ", message.references()));
        }
        return mime;
    }

    private static String reason(Exception e) {
        StringBuilder reason = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && reason.length() < 1500; cause = cause.getCause()) {
            reason.append(" ← ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return reason.toString();
    }

    /** Keeps the Message-ID stored in the outbox (JavaMail would generate a new one on save). */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
