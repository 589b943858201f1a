package io.atende.mail.internal;

import java.util.List;

/**
 * A message ready for the outbox. {@code autoSubmitted} is RFC 3834's header value:
 * {@code auto-generated} for notifications, {@code auto-replied} for answers to a customer's mail.
 */
public record OutgoingMessage(String messageId, Long ticketNumber, String recipient, String subject, String template,
        String text, String html, String inReplyTo, List<String> references, String autoSubmitted) {
}
