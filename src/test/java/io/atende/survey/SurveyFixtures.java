package io.atende.survey;

import io.atende.ticket.AnalysisOutcome;
import static io.atende.ticket.TicketFixtures.*;
import static io.atende.ticket.TicketProcess.*;

import io.atende.account.Customer;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/** Closed tickets, the moment a survey is born. */
public final class SurveyFixtures {

    private SurveyFixtures() {
    }

    /** A Protheus ticket of {@code contact}, solved by its team and accepted: closed, survey invited. */
    public static Ticket closedTicket(ProcessEngine engine, TicketDesk desk, Customer contact) {
        Ticket ticket = resolvedTicket(engine, desk, contact);
        return desk.accept(contact, ticket.number().toString());
    }

    /** A Protheus ticket of {@code contact} with a pending Solution Proposal. */
    public static Ticket resolvedTicket(ProcessEngine engine, TicketDesk desk, Customer contact) {
        Ticket ticket = desk.open(contact, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket.number().toString())
                .taskDefinitionKey(TASK_ANALYZE).singleResult().getId();
        engine.getTaskService().complete(task, Map.of(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(),
                "Atualize a rotina MATA410."));
        return ticket;
    }
}
