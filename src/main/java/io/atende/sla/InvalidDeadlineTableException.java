package io.atende.sla;

/** The deadlines table has a row the application cannot use; the message names the row and column, in Portuguese. */
public class InvalidDeadlineTableException extends IllegalStateException {

    public InvalidDeadlineTableException(String message) {
        super(message);
    }
}
