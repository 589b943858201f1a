package io.atende.ticket;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A ticket's whole history: the inherited history of its ancestors first (R19), then its own. */
@Component
public class TicketHistory {

    /** Guards against a corrupt parent chain; real chains are a handful of tickets long. */
    private static final int MAX_ANCESTORS = 50;

    private final Tickets tickets;

    TicketHistory(Tickets tickets) {
        this.tickets = tickets;
    }

    @Transactional(readOnly = true)
    public List<HistoryItem> of(Ticket ticket) {
        List<Ticket> ancestors = ancestorsOf(ticket);
        List<HistoryItem> items = new ArrayList<>();
        for (Ticket ancestor : ancestors) {
            ancestor.getHistory().forEach(e -> items.add(HistoryItem.own(e).inheritedFrom(ancestor.number())));
        }
        ticket.getHistory().forEach(e -> items.add(HistoryItem.own(e)));
        return items;
    }

    /** What the customer may read of the history: all of it but the internal notes. */
    @Transactional(readOnly = true)
    public List<HistoryItem> forCustomer(Ticket ticket) {
        return of(ticket).stream().filter(item -> !item.kind().internal()).toList();
    }

    /** The earlier tickets a follow-up descends from (R19), oldest first. */
    @Transactional(readOnly = true)
    public List<Ticket> ancestorsOf(Ticket ticket) {
        List<Ticket> ancestors = new ArrayList<>();
        Long parentId = ticket.getParentId();
        while (parentId != null && ancestors.size() < MAX_ANCESTORS) {
            Ticket parent = tickets.findById(parentId).orElseThrow();
            ancestors.add(0, parent);
            parentId = parent.getParentId();
        }
        return ancestors;
    }
}
