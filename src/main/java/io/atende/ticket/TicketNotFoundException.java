package io.atende.ticket;

/** No ticket with that number that the reader may see; another company's tickets look the same (404). */
public class TicketNotFoundException extends RuntimeException {

    public TicketNotFoundException(String number) {
        super("Ticket " + number + " não encontrado entre os tickets que você pode ver.");
    }
}
