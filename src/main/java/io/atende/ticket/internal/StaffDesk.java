package io.atende.ticket.internal;

import io.atende.ticket.HistoryKind;
import io.atende.ticket.Mentions;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketNotFoundException;
import io.atende.ticket.TicketNumber;
import io.atende.ticket.Tickets;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What agents write on a ticket outside the analysis task (issue 15): internal notes, which the customer never
 * reads, and replies to the customer that leave the status as it is. Who may write is the caller's check (the
 * staff page's: the ticket's team, CST, Manutenção, process administrators, colleagues mentioned in a note).
 */
@Service
public class StaffDesk {

    private final Tickets tickets;
    private final Clock clock;

    StaffDesk(Tickets tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    /** @throws TicketNotFoundException, InvalidTicketException (blank or too long) */
    @Transactional
    public Ticket addNote(TicketNumber number, String authorId, String author, String text) {
        Ticket ticket = find(number);
        ticket.addInternalNote(text, authorId, author, clock.instant());
        return tickets.saveAndFlush(ticket);
    }

    /** @throws TicketNotFoundException, InvalidTicketException, TicketStateException (closed ticket) */
    @Transactional
    public Ticket replyToCustomer(TicketNumber number, String author, String text) {
        Ticket ticket = find(number);
        ticket.replyAsTeam(text, author, clock.instant());
        return tickets.saveAndFlush(ticket);
    }

    /** The colleagues asked for help in the ticket's own internal notes (they may work on it too). */
    @Transactional(readOnly = true)
    public Set<String> mentionedIn(TicketNumber number) {
        Set<String> ids = new LinkedHashSet<>();
        tickets.findById(number.value()).ifPresent(t -> t.getHistory().stream()
                .filter(e -> e.getKind() == HistoryKind.INTERNAL_NOTE).forEach(e -> ids.addAll(Mentions.in(e.getText()))));
        return ids;
    }

    private Ticket find(TicketNumber number) {
        return tickets.findById(number.value()).orElseThrow(() -> new TicketNotFoundException(number.toString()));
    }
}
