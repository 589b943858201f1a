package io.atende.ouvidoria;

import static io.atende.ticket.TicketFixtures.*;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;

/** Customers and earlier tickets the Ouvidoria tests escalate. */
public final class OuvidoriaFixtures {

    public static final String DESCRIPTION = "O problema da nota fiscal se repete há semanas e ninguém resolve.";

    private OuvidoriaFixtures() {
    }

    public static Customer customer(CustomerDirectory customers, String email) {
        return customers.byEmail(email).orElseThrow();
    }

    /** An earlier support ticket of the contact, waiting for the team. */
    public static Ticket earlierTicket(TicketDesk desk, Customer contact) {
        return desk.open(contact, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
    }
}
