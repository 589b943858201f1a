package io.atende.ticket.process;

import static io.atende.ticket.TicketProcess.*;

import io.atende.ticket.internal.SlaClock;
import io.atende.ticket.Ticket;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the Solution Proposal: RESOLVIDO with its contest deadline (R18). */
@Component("proposeSolution")
class ProposeSolution implements JavaDelegate {

    private final ProcessTickets tickets;
    private final SlaClock slaClock;

    ProposeSolution(ProcessTickets tickets, SlaClock slaClock) {
        this.tickets = tickets;
        this.slaClock = slaClock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Ticket ticket = tickets.of(execution);
        Instant now = tickets.now();
        Instant deadline = slaClock.contestDeadline(ticket, now);
        tickets.change(execution, t -> t.resolve(VAR_SOLUTION.fromOrNull(execution), VAR_AGENT.fromOrNull(execution),
                deadline, now));
        VAR_CONTEST_DEADLINE.on(execution).set(deadline);
    }
}
