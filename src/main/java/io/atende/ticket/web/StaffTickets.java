package io.atende.ticket.web;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.team.Teams;
import io.atende.ticket.Attachment;
import io.atende.ticket.HistoryItem;
import io.atende.ticket.StaffFormat;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketAttachments;
import io.atende.ticket.TicketHistory;
import io.atende.ticket.TicketLookup;
import io.atende.ticket.TicketNumber;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the staff ticket page's view in one read transaction, from the ticket module's read API and
 * the account module's directory. It does not check who reads: {@link StaffTicketPage} does.
 */
@Component
@Transactional(readOnly = true)
class StaffTickets {

    private static final String NONE = "—";

    private final TicketLookup lookup;
    private final TicketHistory history;
    private final TicketAttachments attachments;
    private final CustomerDirectory customers;
    private final Teams teams;

    StaffTickets(TicketLookup lookup, TicketHistory history, TicketAttachments attachments,
            CustomerDirectory customers, Teams teams) {
        this.lookup = lookup;
        this.history = history;
        this.attachments = attachments;
        this.customers = customers;
        this.teams = teams;
    }

    /** The whole ticket; empty when no ticket has that number. */
    Optional<StaffTicketView> view(TicketNumber number) {
        return lookup.byNumber(number).map(this::view);
    }

    private StaffTicketView view(Ticket t) {
        Optional<Customer> customer = customers.byContactId(t.getContactId());
        String team = t.getTeam();
        String teamName = team == null ? NONE : teams.exists(team) ? teams.name(team) : team;
        return new StaffTicketView(t.number().toString(), StaffFormat.status(t.getStatus()), team, teamName,
                customer.map(Customer::companyName).or(() -> customers.companyName(t.getCompanyId())).orElse(NONE),
                customer.map(Customer::contactName).orElse(NONE), customer.map(Customer::email).orElse(NONE),
                t.getPriority() == null ? NONE : t.getPriority().name(), t.getImpact().name(), t.getUrgency().name(),
                StaffFormat.due(t.getSlaDueAt()),
                t.getMaintenanceDueAt() == null ? null : StaffFormat.due(t.getMaintenanceDueAt()),
                t.getProduct() == null ? NONE : t.getProduct().name(), orNone(t.getRoutine()),
                orNone(t.getProductVersion()), t.getEnvironment() == null ? NONE : t.getEnvironment().name(),
                t.getSubject(), t.getDescription(), StaffFormat.when(t.getOpenedAt()),
                attachments.list(t).stream().map(Attachment::getFileName).toList(),
                history.of(t).stream().map(StaffTickets::entry).toList());
    }

    private static StaffTicketView.Entry entry(HistoryItem item) {
        return new StaffTicketView.Entry(StaffFormat.when(item.at()), item.author(), item.kind().label(), item.text(),
                StaffFormat.inheritedMark(item), item.kind().internal());
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
