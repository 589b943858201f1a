package io.atende.account;

/** A change to the company's contacts that the rules refuse (R2); the message says why, in Portuguese. */
public class ContactRefusedException extends RuntimeException {

    private final String field;

    public ContactRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
