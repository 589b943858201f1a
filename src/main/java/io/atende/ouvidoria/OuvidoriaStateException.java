package io.atende.ouvidoria;

/** A change the case refuses in its current state (409). */
public class OuvidoriaStateException extends RuntimeException {

    public OuvidoriaStateException(String message) {
        super(message);
    }
}
