package io.atende.ticket;

/** An action the ticket refuses in its current state; the message is for the customer (pt-BR). */
public class TicketStateException extends RuntimeException implements io.atende.platform.StateConflict {

    public TicketStateException(String message) {
        super(message);
    }
}
