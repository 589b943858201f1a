package io.atende.mail.internal;

import java.util.List;

/**
 * An inbound e-mail as the channel uses it. {@code key} is its Message-ID, or a hash of its bytes
 * when it has none; {@code automatic} names why it must never be answered (null for a person's mail).
 */
public record InboundMessage(String key, String messageId, String sender, String subject, List<String> referencedIds,
        String automatic, String text, List<Attachment> attachments) {

    /** A file the message carried. */
    public record Attachment(String fileName, String contentType, byte[] bytes) {
    }
}
