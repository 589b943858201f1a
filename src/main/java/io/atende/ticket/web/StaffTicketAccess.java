package io.atende.ticket.web;

import io.atende.platform.Problems;
import io.atende.team.SignedInAgent;
import io.atende.ticket.internal.StaffDesk;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketLookup;
import io.atende.ticket.TicketNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who may work on a ticket on the staff pages, for {@code @PreAuthorize("@staffTicketAccess.mayWorkOn(#number,
 * principal)")}: members of its current team, of Manutenção (which fixes non-conformities of every team), of CST,
 * process administrators, and whoever was asked for help in one of its internal notes. A number that is no ticket is
 * let through, so that the page answers 404 as before. A refusal says whose ticket it is on the 403 page and shows
 * nothing else of it.
 */
@Component("staffTicketAccess")
public class StaffTicketAccess {

    /** Groups that may read every ticket, whatever its team. */
    static final List<String> ALL_TICKETS = List.of("manutencao", "cst", Groups.CAMUNDA_ADMIN);

    private final TicketLookup lookup;
    private final StaffTickets tickets;
    private final StaffDesk desk;

    StaffTicketAccess(TicketLookup lookup, StaffTickets tickets, StaffDesk desk) {
        this.lookup = lookup;
        this.tickets = tickets;
        this.desk = desk;
    }

    /** Whether {@code agent} may read and write on ticket {@code number} (true when there is no such ticket). */
    public boolean mayWorkOn(String number, SignedInAgent agent) {
        Optional<TicketNumber> parsed = TicketNumber.parse(number);
        Optional<Ticket> ticket = parsed.flatMap(lookup::byNumber);
        if (ticket.isEmpty()) {
            return true;
        }
        if (agent.isMemberOfAny(readers(ticket.get().getTeam()))
                || desk.mentionedIn(parsed.get()).contains(agent.userId())) {
            return true;
        }
        // only a refusal needs the team's name: the page itself reads the whole ticket once, after this check
        StaffTicketView view = tickets.view(parsed.get()).orElseThrow();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(Problems.DETAIL_ATTRIBUTE, "O ticket " + view.number() + " é da equipe "
                    + view.teamName() + "; só os membros dessa equipe, da Manutenção, da CST e os administradores "
                    + "do processo podem abri-lo. Se você precisa dele, peça a um membro da equipe ou ao seu líder.",
                    RequestAttributes.SCOPE_REQUEST);
        }
        return false;
    }

    private static List<String> readers(String team) {
        List<String> groups = new ArrayList<>(ALL_TICKETS);
        if (team != null) {
            groups.add(team);
        }
        return groups;
    }
}
