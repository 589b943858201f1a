package io.atende.ticket;

/** A file refused by the attachment rules (size, type, name); the message says what is accepted. */
public class AttachmentRefusedException extends RuntimeException {

    public AttachmentRefusedException(String message) {
        super(message);
    }
}
