package io.atende.survey;

import io.atende.ouvidoria.OuvidoriaEvents.OuvidoriaClosed;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketEvents.TicketClosed;
import io.atende.ticket.TicketReferences;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Invites the customer when a service is concluded (R21): a ticket closes (accepted, or the contest
 * window ended) or an Ouvidoria case closes. Runs inside the closing transaction, so a closure
 * and its invitation are stored together.
 */
@Component
class SurveyInvitations {

    /** A ticket closed without a team (never classified) is reviewed by CST's leads. */
    static final String FALLBACK_TEAM = "cst";

    private final SurveyDesk desk;
    private final TicketReferences tickets;

    SurveyInvitations(SurveyDesk desk, TicketReferences tickets) {
        this.desk = desk;
        this.tickets = tickets;
    }

    @EventListener
    void on(TicketClosed closed) {
        Ticket ticket = tickets.byNumber(closed.number()).orElseThrow();
        desk.invite(SurveySubject.TICKET, closed.number().value(), ticket.getCompanyId(), ticket.getContactId(),
                ticket.getTeam() == null ? FALLBACK_TEAM : ticket.getTeam());
    }

    @EventListener
    void on(OuvidoriaClosed closed) {
        desk.invite(SurveySubject.OUVIDORIA, closed.number().value(), closed.companyId(), closed.contactId(),
                closed.team());
    }
}
