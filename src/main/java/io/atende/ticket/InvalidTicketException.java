package io.atende.ticket;

/** A request that names a field wrongly; {@code field} is the request's field name. */
public class InvalidTicketException extends RuntimeException {

    private final String field;

    public InvalidTicketException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
