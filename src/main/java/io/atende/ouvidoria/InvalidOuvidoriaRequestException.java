package io.atende.ouvidoria;

/** A request to the Ouvidoria that cannot be accepted as sent; the message says why, in Portuguese (400). */
public class InvalidOuvidoriaRequestException extends RuntimeException {

    private final String field;

    public InvalidOuvidoriaRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
