package io.atende.mail.internal;

import io.atende.account.Customer;
import io.atende.mail.OneClickAction;
import io.atende.ticket.CloseReason;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketStatus;
import io.atende.ticket.TicketNumber;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The solution proposal's two links (R18): accept, contest with a reason. */
@Configuration(proxyBeanMethods = false)
class ProposalActions {

    @Bean
    OneClickAction acceptProposal(TicketDesk desk) {
        return new OneClickAction() {
            public String name() { return TicketNotifications.ACCEPT; }
            public String title() { return "Aceitar a proposta de solução"; }
            public String explanation() {
                return "Ao confirmar, você aceita a proposta de solução e o ticket é fechado.";
            }
            public String confirmLabel() { return "Confirmar: aceitar a solução"; }
            public boolean asksForReason() { return false; }
            public String perform(Customer contact, TicketNumber ticket, String reason) {
                desk.accept(contact, ticket.toString());
                return "Solução aceita. O ticket " + ticket + " foi fechado. Obrigado!";
            }
            public String unavailable(Ticket ticket) { return proposalAnswered(ticket); }
        };
    }

    @Bean
    OneClickAction contestProposal(TicketDesk desk) {
        return new OneClickAction() {
            public String name() { return TicketNotifications.CONTEST; }
            public String title() { return "Contestar a proposta de solução"; }
            public String explanation() {
                return "Ao confirmar, o ticket volta para a equipe com o motivo que você escrever abaixo.";
            }
            public String confirmLabel() { return "Confirmar: contestar a solução"; }
            public boolean asksForReason() { return true; }
            public String perform(Customer contact, TicketNumber ticket, String reason) {
                desk.contest(contact, ticket.toString(), reason);
                return "Contestação registrada. O ticket " + ticket + " voltou para a equipe.";
            }
            public String unavailable(Ticket ticket) { return proposalAnswered(ticket); }
        };
    }

    /** Null while the proposal waits for the customer (R18); otherwise what became of it. */
    static String proposalAnswered(Ticket ticket) {
        if (ticket.getStatus() == TicketStatus.RESOLVIDO) {
            return null;
        }
        String number = ticket.number().toString();
        if (ticket.getStatus() == TicketStatus.FECHADO) {
            return ticket.getCloseReason() == CloseReason.CONTEST_WINDOW_ENDED
                    ? "O prazo para responder à proposta terminou e o ticket " + number + " foi fechado. Se o problema "
                            + "voltou, abra um ticket de acompanhamento no Portal do Cliente."
                    : "A proposta de solução já foi aceita e o ticket " + number + " está fechado.";
        }
        return "A proposta de solução já foi contestada: o ticket " + number + " voltou para a equipe e está sendo "
                + "tratado. Acompanhe-o no Portal do Cliente.";
    }
}
