package io.atende.ticket.process;

import static io.atende.ticket.TicketProcess.*;

import io.atende.ticket.Ticket;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Analysis starts again (contested, customer replied): a whole new support target (R20). */
@Component("restartSlaClock")
class RestartSlaClock implements JavaDelegate {

    private final ProcessTickets tickets;
    private final SlaVariables sla;

    RestartSlaClock(ProcessTickets tickets, SlaVariables sla) {
        this.tickets = tickets;
        this.sla = sla;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int hours = VAR_SUPPORT_HOURS.from(execution);
        Instant now = tickets.now();
        Ticket ticket = tickets.of(execution);
        SlaVariables.Target target = sla.target(ticket, ticket.getTeam(), hours, now);
        tickets.change(execution, t -> t.restartSla(target.dueAt()));
        sla.write(execution, target);
    }
}
