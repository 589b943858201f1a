package io.atende.mail;

import io.atende.account.Customer;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketNumber;

/**
 * An action a one-click link in an e-mail may confirm (accept or contest a proposal; later the
 * survey's two answers). Declare one as a Spring bean; links for it come from
 * {@link Mailer#actionLink}. The link's page explains {@link #explanation()} and confirms with one
 * button (a POST with CSRF); opening the link never calls {@link #perform}.
 */
public interface OneClickAction {

    /** The action's name inside tokens, e.g. {@code ACCEPT}; upper case, unique. */
    String name();

    /** The page's heading, in Portuguese. */
    String title();

    /** What confirming will do, in Portuguese. */
    String explanation();

    /** The confirm button's label, in Portuguese. */
    String confirmLabel();

    /** Whether the page asks for a text (e.g. the contest's reason), which is then required. */
    boolean asksForReason();

    /**
     * Performs the action as the ticket's contact, inside the link's transaction (the token is spent
     * only if this commits). Throw a runtime exception with a Portuguese message to refuse.
     *
     * @return the Portuguese sentence the confirmation page shows
     */
    String perform(Customer contact, TicketNumber ticket, String reason);

    /**
     * Why the action can no longer be taken on this ticket (e.g. the proposal was already contested), in
     * Portuguese, or null while it can. The link's page then shows this instead of the button.
     */
    default String unavailable(Ticket ticket) {
        return null;
    }
}
