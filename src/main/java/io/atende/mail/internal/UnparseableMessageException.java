package io.atende.mail.internal;

/** A message the channel cannot read (broken MIME, unknown charset, too large); it goes to quarantine. */
public class UnparseableMessageException extends Exception {

    public UnparseableMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
