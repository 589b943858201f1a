package io.atende.sla.internal;

/** An on-call duty that cannot be published; the message (Portuguese) says what to send instead. */
public class InvalidOnCallException extends RuntimeException {

    private final String field;

    public InvalidOnCallException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, e.g. {@code hours}. */
    public String field() {
        return field;
    }
}
