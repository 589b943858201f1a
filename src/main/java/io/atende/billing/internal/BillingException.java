package io.atende.billing.internal;

/** A billing request that cannot be done; the message says why, in Portuguese. */
public class BillingException extends RuntimeException {

    /** How the web adapters answer. */
    public enum Kind { INVALID, CONFLICT, NOT_FOUND }

    private final Kind kind;

    public BillingException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
