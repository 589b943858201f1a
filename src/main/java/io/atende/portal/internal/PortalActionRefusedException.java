package io.atende.portal.internal;

/** An action the domain refused (e.g. a survey already answered); the message is for the customer. */
public class PortalActionRefusedException extends RuntimeException {

    public PortalActionRefusedException(String message) {
        super(message);
    }
}
