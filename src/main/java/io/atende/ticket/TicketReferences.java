package io.atende.ticket;

import io.atende.account.Customer;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets as other modules refer to them: the Ouvidoria (R13) names earlier tickets, the survey
 * (R21) and billing (R10) read a ticket by its number. Reads and one history note, nothing else.
 */
@Service
@Transactional(readOnly = true)
public class TicketReferences {

    private final Tickets tickets;
    private final TicketDesk desk;
    private final TicketHistory history;

    TicketReferences(Tickets tickets, TicketDesk desk, TicketHistory history) {
        this.tickets = tickets;
        this.desk = desk;
        this.history = history;
    }

    /**
     * The tickets {@code viewer} names, each one the contact may see (their own, or the company's
     * for its administrator), without repetitions, in the order given.
     *
     * @throws TicketNotFoundException for the first number that is not such a ticket
     */
    public List<Ticket> visibleTo(Customer viewer, Collection<String> numbers) {
        return new LinkedHashSet<>(numbers).stream().map(n -> desk.find(viewer, n)).toList();
    }

    /**
     * The tickets of company {@code companyId} with these numbers (the staff's view of a company).
     *
     * @throws TicketNotFoundException for the first number that is not a ticket of the company
     */
    public List<Ticket> ofCompany(Long companyId, Collection<String> numbers) {
        return new LinkedHashSet<>(numbers).stream()
                .map(n -> TicketNumber.parse(n).flatMap(t -> tickets.findById(t.value()))
                        .filter(t -> t.getCompanyId().equals(companyId))
                        .orElseThrow(() -> new TicketNotFoundException(n)))
                .toList();
    }

    /** The ticket with that number, whoever owns it (for delegates and listeners, never for customers). */
    public Optional<Ticket> byNumber(TicketNumber number) {
        return tickets.findById(number.value());
    }

    /** The ticket's whole history, inherited entries first (R19). */
    public List<HistoryItem> historyOf(Ticket ticket) {
        return history.of(ticket);
    }

    /** Notes on each ticket that it was taken to the Ouvidoria in case {@code caseNumber} (R13). */
    @Transactional
    public void noteEscalation(Collection<TicketNumber> numbers, String caseNumber, String author, AuthorKind kind,
            Instant at) {
        for (TicketNumber number : numbers) {
            Ticket ticket = tickets.findById(number.value()).orElseThrow(() -> new TicketNotFoundException(number.toString()));
            ticket.noteEscalation(caseNumber, author, kind, at);
            tickets.save(ticket);
        }
    }
}
