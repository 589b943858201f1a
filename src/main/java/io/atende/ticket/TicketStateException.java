package io.atende.ticket;

/** An action the ticket refuses in its current state; the message is for the customer (pt-BR). */
public class TicketStateException extends RuntimeException {

    public TicketStateException(String message) {
        super(message);
    }
}
