package io.atende.mail.internal;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.mail.OneClickAction;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketLookup;
import io.atende.ticket.TicketNumber;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks at (read-only) and confirms (one transaction, token spent with it) one-click links. */
@Service
public class OneClickActions {

    private final ActionTokens tokens;
    private final Map<String, OneClickAction> actions;
    private final CustomerDirectory customers;
    private final TicketLookup tickets;

    OneClickActions(ActionTokens tokens, List<OneClickAction> actions, CustomerDirectory customers,
            TicketLookup tickets) {
        this.tokens = tokens;
        this.actions = actions.stream().collect(Collectors.toMap(OneClickAction::name, Function.identity()));
        this.customers = customers;
        this.tickets = tickets;
    }

    /** What the link's page shows; never changes anything. */
    public record Preview(ActionTokens.Status status, OneClickAction action, Long ticketNumber, String ticketSubject,
            String unavailable) {
    }

    @Transactional(readOnly = true)
    public Preview preview(String token) {
        ActionTokens.Verification verification = tokens.verify(token);
        if (verification.token() == null) {
            return new Preview(verification.status(), null, null, null, null);
        }
        OneClickAction action = actions.get(verification.token().action());
        if (action == null) {
            return new Preview(ActionTokens.Status.FORGED, null, null, null, null);
        }
        long number = verification.token().ticketNumber();
        Optional<Ticket> ticket = tickets.byNumber(TicketNumber.of(number));
        return new Preview(verification.status(), action, number, ticket.map(Ticket::getSubject).orElse(null),
                ticket.map(action::unavailable).orElse(null));
    }

    /** The result of a confirmation: the status of the token and, when VALID, the page's sentence. */
    public record Outcome(ActionTokens.Status status, String message) {
    }

    /**
     * Performs the link's action as the ticket's contact and spends the token, in one transaction.
     * A refusal of the action (exception) rolls both back, so the link can still be used.
     */
    @Transactional
    public Outcome confirm(String token, String reason) {
        ActionTokens.Verification verification = tokens.verify(token);
        if (verification.status() != ActionTokens.Status.VALID) {
            return new Outcome(verification.status(), null);
        }
        ActionTokens.ActionToken t = verification.token();
        OneClickAction action = actions.get(t.action());
        if (action == null) {
            return new Outcome(ActionTokens.Status.FORGED, null);
        }
        if (action.asksForReason() && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("Escreva o motivo antes de confirmar.");
        }
        Optional<Customer> contact = customers.byContactId(t.contactId()).filter(Customer::active);
        if (contact.isEmpty()) {
            throw new IllegalArgumentException("O contato deste link não está mais ativo. Entre no Portal do Cliente.");
        }
        if (!tokens.consume(t)) {
            return new Outcome(ActionTokens.Status.USED, null);
        }
        String message = action.perform(contact.get(), TicketNumber.of(t.ticketNumber()),
                reason == null ? null : reason.strip());
        return new Outcome(ActionTokens.Status.VALID, message);
    }
}
