package io.atende.mail.internal;

import io.atende.mail.MailSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders a message and writes it to the outbox in the caller's transaction. A template that cannot
 * be rendered never breaks the business action that caused the message: the row is stored FAILED
 * with the reason, visible in the outbox.
 */
@Component
public class MailQueue {

    public static final String AUTO_GENERATED = "auto-generated";
    public static final String AUTO_REPLIED = "auto-replied";

    private static final Logger log = LoggerFactory.getLogger(MailQueue.class);

    private final MailTemplates templates;
    private final Outbox outbox;
    private final MailSettings settings;

    MailQueue(MailTemplates templates, Outbox outbox, MailSettings settings) {
        this.templates = templates;
        this.outbox = outbox;
        this.settings = settings;
    }

    /** What a message is about and where it sits in a thread; {@code subject} null takes the template's. */
    public record Envelope(String to, Long ticketNumber, String template, String subject, String inReplyTo,
            List<String> references, String autoSubmitted) {
    }

    /** Queues one message; returns its Message-ID (with angle brackets). */
    @Transactional
    public String enqueue(Envelope envelope, Map<String, ?> model) {
        String messageId = newMessageId(envelope.ticketNumber());
        Map<String, Object> all = new HashMap<>(model);
        all.putIfAbsent("portalUrl", settings.portalUrl());
        all.putIfAbsent("supportAddress", settings.supportAddress());
        all.putIfAbsent("ticketTag", envelope.ticketNumber() == null ? "" : tag(envelope.ticketNumber()));
        String failure = null;
        MailTemplates.Rendered rendered;
        try {
            rendered = templates.render(envelope.template(), all);
        } catch (RuntimeException e) {
            log.error("E-mail template {} failed; message {} to {} kept as FAILED", envelope.template(), messageId,
                    envelope.to(), e);
            failure = "Modelo " + envelope.template() + " não pôde ser gerado: " + e.getMessage();
            rendered = new MailTemplates.Rendered(null, "", "");
        }
        String subject = envelope.subject() != null ? envelope.subject()
                : rendered.subject() != null ? rendered.subject() : envelope.template();
        if (envelope.ticketNumber() != null && !subject.contains(tag(envelope.ticketNumber()))) {
            subject = tag(envelope.ticketNumber()) + " " + subject;
        }
        outbox.add(new OutgoingMessage(messageId, envelope.ticketNumber(), envelope.to().toLowerCase(), subject,
                envelope.template(), rendered.text(), rendered.html(), envelope.inReplyTo(),
                envelope.references() == null ? List.of() : envelope.references(), envelope.autoSubmitted()), failure);
        return messageId;
    }

    /** The subject tag of a ticket, {@code [Ticket #12345678]}. */
    public static String tag(long ticketNumber) {
        return "[Ticket #" + ticketNumber + "]";
    }

    String newMessageId(Long ticketNumber) {
        String domain = settings.supportAddress().substring(settings.supportAddress().indexOf('@') + 1);
        return "<" + (ticketNumber == null ? "atende" : "ticket-" + ticketNumber) + "." + UUID.randomUUID() + "@"
                + domain + ">";
    }
}
