package io.atende.ticket;

import static io.atende.ticket.TicketFixtures.*;
import static io.atende.ticket.TicketProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.TicketEvents.*;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The lifecycle announces what happens, so other modules (e-mail, survey, reports) can follow it. */
@AtendeIntegrationTest
@RecordApplicationEvents
class TicketEventsProcessTests {

    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired ApplicationEvents events;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @Test
    @DisplayName("Opening, proposing, contesting and accepting publish their events with the ticket number")
    void publishesLifecycleEvents() {
        var ana = customers.byEmail(ANA).orElseThrow();
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        TicketNumber number = ticket.number();
        var instance = processInstanceQuery().processInstanceBusinessKey(number.toString()).singleResult();

        complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(), "Faça isto."));
        desk.contest(ana, number.toString(), "Não resolveu.");
        complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(), "Faça aquilo."));
        desk.accept(ana, number.toString());

        assertThat(events.stream(TicketOpened.class)).extracting(TicketOpened::number).containsExactly(number);
        assertThat(events.stream(TicketClassified.class)).singleElement()
                .satisfies(e -> assertThat(e.priority()).isEqualTo(Priority.NORMAL));
        assertThat(events.stream(SolutionProposed.class)).hasSize(2).allSatisfy(e -> assertThat(e.contestDeadline()).isNotNull());
        assertThat(events.stream(TicketContested.class)).extracting(TicketContested::reason).containsExactly("Não resolveu.");
        assertThat(events.stream(TicketClosed.class)).extracting(TicketClosed::reason).containsExactly(CloseReason.ACCEPTED);
    }
}
