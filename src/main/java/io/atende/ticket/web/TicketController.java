package io.atende.ticket.web;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer API for tickets (HTTP Basic with the contact's e-mail and password). */
@RestController
@RequestMapping("/api/tickets")
class TicketController {

    private static final int MAX_PAGE_SIZE = 100;

    private final TicketDesk desk;
    private final CustomerDirectory customers;

    TicketController(TicketDesk desk, CustomerDirectory customers) {
        this.desk = desk;
        this.customers = customers;
    }

    @PostMapping
    ResponseEntity<TicketResponse> open(Authentication auth, @RequestBody(required = false) OpenTicketRequest request) {
        Ticket ticket = desk.open(customer(auth), TicketRequests.draft(request), request.parentNumber());
        return ResponseEntity.created(URI.create("/api/tickets/" + ticket.number())).body(TicketResponse.of(ticket));
    }

    @GetMapping
    Page<TicketResponse> list(Authentication auth, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
                Sort.by(Sort.Direction.DESC, "openedAt"));
        return desk.list(customer(auth), pageable).map(TicketResponse::of);
    }

    @GetMapping("/{number}")
    TicketResponse get(Authentication auth, @PathVariable String number) {
        return TicketResponse.of(desk.find(customer(auth), number));
    }

    @GetMapping("/{number}/history")
    List<HistoryResponse> history(Authentication auth, @PathVariable String number) {
        return desk.history(customer(auth), number).stream().map(HistoryResponse::of).toList();
    }

    @PostMapping("/{number}/replies")
    TicketResponse reply(Authentication auth, @PathVariable String number, @RequestBody(required = false) TextRequest body) {
        String text = TicketRequests.requiredText("text", body == null ? null : body.text(), TicketRequests.TEXT_MAX);
        return TicketResponse.of(desk.reply(customer(auth), number, text));
    }

    @PostMapping("/{number}/acceptance")
    TicketResponse accept(Authentication auth, @PathVariable String number) {
        return TicketResponse.of(desk.accept(customer(auth), number));
    }

    @PostMapping("/{number}/contestation")
    TicketResponse contest(Authentication auth, @PathVariable String number, @RequestBody(required = false) TextRequest body) {
        String reason = TicketRequests.requiredText("reason", body == null ? null : body.reason(), TicketRequests.TEXT_MAX);
        return TicketResponse.of(desk.contest(customer(auth), number, reason));
    }

    private Customer customer(Authentication auth) {
        return customers.byEmail(auth.getName()).orElseThrow();
    }
}
