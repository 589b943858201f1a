package io.atende.account.internal;

/** A staff change to an account that cannot be made as asked; the message says why, in Portuguese. */
public class AccountChangeException extends RuntimeException {

    public AccountChangeException(String message) {
        super(message);
    }

    /** The company (or contact) does not exist. */
    public static class NotFound extends AccountChangeException {

        public NotFound(String message) {
            super(message);
        }
    }
}
