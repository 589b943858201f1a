package io.atende.ticket.process;

import static io.atende.ticket.TicketProcess.VAR_SLA_DUE_AT;
import static io.atende.ticket.TicketProcess.VAR_SLA_STARTED_AT;
import static io.atende.ticket.TicketProcess.VAR_SLA_WARNING_AT;

import io.atende.platform.ProcessVariable;
import io.atende.ticket.internal.SlaClock;
import io.atende.ticket.Ticket;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The one writer of the support target's three variables: {@code slaStartedAt} (a reclassification recomputes
 * from it), {@code slaDueAt} (the breach timer, the task's due date) and {@code slaWarningAt} (the warning timer).
 * Opening, restart and reclassification compute a {@link Target} here and write it whole; a transfer moves only
 * the warning; waiting for the customer removes due and warning (the clock stops).
 */
@Component
class SlaVariables {

    /** A running support target: when it started, when it is due, when the team is warned (never after due). */
    record Target(Instant startedAt, Instant dueAt, Instant warningAt) {
    }

    private final SlaClock slaClock;

    SlaVariables(SlaClock slaClock) {
        this.slaClock = slaClock;
    }

    /** The target of {@code hours} business hours of {@code team}'s calendar from {@code start} (R20). */
    Target target(Ticket ticket, String team, int hours, Instant start) {
        Instant due = slaClock.supportDueAt(ticket, team, hours, start);
        return new Target(start, due, slaClock.supportWarningAt(ticket, team, hours, start, due));
    }

    /** When the running target started; the ticket's opening when the instance does not know. */
    Instant startedAt(RuntimeService runtimeService, String processInstanceId, Ticket ticket) {
        Instant start = VAR_SLA_STARTED_AT.fromOrNull(runtimeService, processInstanceId);
        return start != null ? start : ticket.getOpenedAt();
    }

    /** Writes the three variables on an execution (a delegate). */
    void write(VariableScope scope, Target target) {
        VAR_SLA_DUE_AT.on(scope).set(target.dueAt());
        VAR_SLA_STARTED_AT.on(scope).set(target.startedAt());
        VAR_SLA_WARNING_AT.on(scope).set(target.warningAt());
    }

    /** Writes the three variables on a running instance (outside a delegate). */
    void write(RuntimeService runtimeService, String processInstanceId, Target target) {
        runtimeService.setVariables(processInstanceId, ProcessVariable.map(VAR_SLA_DUE_AT.is(target.dueAt()),
                VAR_SLA_STARTED_AT.is(target.startedAt()), VAR_SLA_WARNING_AT.is(target.warningAt())));
    }

    /** The clock stops while the team waits for the customer: no due date, no warning. */
    void pause(VariableScope scope) {
        VAR_SLA_DUE_AT.on(scope).remove();
        VAR_SLA_WARNING_AT.on(scope).remove();
    }

    /**
     * The ticket went to {@code toTeam}; the deadline stays, the warning moves to the new team's next opening when
     * that team is closed at the warning instant.
     */
    void transferred(VariableScope scope, Ticket ticket, String toTeam) {
        Instant warnAt = VAR_SLA_WARNING_AT.fromOrNull(scope);
        Instant due = VAR_SLA_DUE_AT.fromOrNull(scope);
        if (warnAt != null && due != null) {
            VAR_SLA_WARNING_AT.on(scope).set(slaClock.warningFor(ticket, toTeam, warnAt, due));
        }
    }
}
