package io.atende.ticket.web;

import io.atende.team.SignedInAgent;
import io.atende.team.WebappLogins;
import io.atende.ticket.TicketNumber;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The staff ticket page: the whole ticket for the agents who work it. A task form shows at most 4,000
 * characters of a description or history; this page shows all of it, and the form's note links here.
 * The reader is the agent signed in to Tasklist in the same browser; they may read the ticket when they
 * belong to its current team, to Manutenção (which fixes non-conformities of every team), to CST or
 * are process administrators. A refusal never shows any of the ticket's content.
 */
@Controller
class StaffTicketPage {

    /** Groups that may read every ticket, whatever its team. */
    static final List<String> ALL_TICKETS = List.of("manutencao", "cst", Groups.CAMUNDA_ADMIN);

    private final WebappLogins logins;
    private final StaffTickets tickets;

    StaffTicketPage(WebappLogins logins, StaffTickets tickets) {
        this.logins = logins;
        this.tickets = tickets;
    }

    @GetMapping(StaffTicketLinks.PATH + "{number}")
    String ticket(@PathVariable String number, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Optional<SignedInAgent> agent = logins.agentOf(request);
        if (agent.isEmpty()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return "equipe/entrar";
        }
        Optional<StaffTicketView> ticket = TicketNumber.parse(number).flatMap(tickets::view);
        if (ticket.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "equipe/nao-encontrado";
        }
        if (!agent.get().isMemberOfAny(readers(ticket.get()))) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("number", ticket.get().number());
            model.addAttribute("teamName", ticket.get().teamName());
            return "equipe/sem-acesso";
        }
        model.addAttribute("ticket", ticket.get());
        return "equipe/ticket";
    }

    private static List<String> readers(StaffTicketView ticket) {
        List<String> groups = new ArrayList<>(ALL_TICKETS);
        if (ticket.team() != null) {
            groups.add(ticket.team());
        }
        return groups;
    }
}
