package io.atende.portal.web;

import io.atende.portal.internal.PortalTickets;
import io.atende.ticket.TicketStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** R7: the dashboard — the company's (administrator) or own (contact) tickets. */
@Controller
class DashboardPage {

    private final PortalTickets tickets;

    DashboardPage(PortalTickets tickets) {
        this.tickets = tickets;
    }

    @GetMapping("/")
    String dashboard(HttpServletRequest request, @RequestParam(defaultValue = "0") int pagina,
            @RequestParam(required = false) String situacao, Model model) {
        TicketStatus filter = Arrays.stream(TicketStatus.values()).filter(s -> s.name().equals(situacao)).findFirst()
                .orElse(null);
        model.addAttribute("dashboard", tickets.dashboard(CurrentCustomer.of(request), filter, pagina));
        return "portal/painel";
    }
}
