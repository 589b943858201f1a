package io.atende.ticket;

import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts over all tickets, for operations and reports. */
@Service
@Transactional(readOnly = true)
public class TicketStatistics {

    private final Tickets tickets;

    TicketStatistics(Tickets tickets) {
        this.tickets = tickets;
    }

    /** Open tickets (not closed) per team group id. */
    public Map<String, Long> openTicketsPerTeam() {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : tickets.countByTeamIn(EnumSet.copyOf(java.util.Arrays.stream(TicketStatus.values())
                .filter(s -> !s.isClosed()).toList()))) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
