package io.atende.ticket;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ticket by its number for modules that act on the system's behalf (e-mail notifications, survey),
 * without a viewer's check. Anything shown to a customer goes through {@link TicketDesk#find} instead.
 */
@Component
@Transactional(readOnly = true)
public class TicketLookup {

    private final Tickets tickets;

    TicketLookup(Tickets tickets) {
        this.tickets = tickets;
    }

    public Optional<Ticket> byNumber(TicketNumber number) {
        return tickets.findById(number.value());
    }
}
