package io.atende.ticket.process;

import org.camunda.bpm.engine.BadUserRequestException;

import io.atende.ticket.Ticket;
import io.atende.ticket.TicketNumber;
import io.atende.ticket.Tickets;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** What every delegate of the ticket lifecycle needs: the ticket behind the business key, and "now". */
@Component
class ProcessTickets {

    private final Tickets tickets;
    private final Clock clock;

    ProcessTickets(Tickets tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    static final String NOT_BY_HAND = "O ciclo de vida de um ticket começa quando o ticket é aberto (Portal do Cliente, "
            + "API /api/tickets, e-mail ou telefone), não iniciando o processo diretamente. Abra o ticket por um desses "
            + "canais";

    Ticket of(DelegateExecution execution) {
        return byBusinessKey(execution.getProcessBusinessKey());
    }

    /** Applies a change to the ticket behind the execution and saves it, which publishes its events. */
    Ticket change(DelegateExecution execution, Consumer<Ticket> change) {
        Ticket ticket = of(execution);
        change.accept(ticket);
        return save(ticket);
    }

    /**
     * The same, with the ticket's row locked before the engine writes anything: a customer's request on the ticket
     * (which locks it first too) then waits for this one instead of deadlocking with it.
     */
    Ticket changeLocked(DelegateExecution execution, Consumer<Ticket> change) {
        Ticket ticket = byBusinessKey(execution.getProcessBusinessKey(), tickets::findForChange);
        change.accept(ticket);
        return tickets.saveAndFlush(ticket);
    }

    Ticket save(Ticket ticket) {
        return tickets.save(ticket);
    }

    Ticket byBusinessKey(String businessKey) {
        return byBusinessKey(businessKey, tickets::findById);
    }

    private static Ticket byBusinessKey(String businessKey,
            java.util.function.Function<Long, java.util.Optional<Ticket>> finder) {
        // A lifecycle started by hand (engine REST, Cockpit) has no ticket behind it: refused as the caller's error
        // (400 on the engine REST), with what to do instead (issue 12).
        TicketNumber number = TicketNumber.parse(businessKey).orElseThrow(() -> new BadUserRequestException(NOT_BY_HAND
                + " (chave de negócio '" + businessKey + "' não é o número de um ticket)"));
        return finder.apply(number.value())
                .orElseThrow(() -> new BadUserRequestException(NOT_BY_HAND + " (não há ticket " + businessKey + ")"));
    }

    Instant now() {
        return clock.instant();
    }

}
