package io.atende.portal.internal;

/** A portal action whose service is not connected yet; the message says which channel to use instead. */
public class PortalUnavailableException extends RuntimeException {

    public PortalUnavailableException(String message) {
        super(message);
    }
}
