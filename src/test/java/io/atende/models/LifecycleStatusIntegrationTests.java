package io.atende.models;

import io.atende.ticket.AnalysisOutcome;
import static io.atende.ticket.TicketFixtures.ANA;
import static io.atende.ticket.TicketFixtures.supportDraft;
import static io.atende.ticket.TicketProcess.VAR_OUTCOME;
import static io.atende.ticket.TicketProcess.VAR_SOLUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.CloseReason;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketStateException;
import io.atende.ticket.TicketStatus;
import io.atende.ticket.Tickets;
import io.atende.ticket.Urgency;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13.4: the ticket's status follows the model. In a v2 lifecycle where the process owner added a task after
 * "Solução aceita", an accepted ticket stays RESOLVIDO (acceptance recorded, a second one refused) while that task
 * waits, and is FECHADO when the process reaches "Ticket fechado (aceito)".
 */
@AtendeIntegrationTest
class LifecycleStatusIntegrationTests {

    @Autowired LiveModels models;
    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired Tickets tickets;
    @Autowired CustomerDirectory customers;

    @AfterEach
    void releaseLifecycleAgain() {
        models.adoptRelease("ticket-lifecycle", "test");
    }

    @Test
    @DisplayName("A task after the acceptance: RESOLVIDO while it waits, FECHADO (aceito) at the end")
    void anOwnersStepAfterTheAcceptanceShowsAsResolved() {
        String lifecycle = new String(models.packaged().stream().filter(m -> m.key().equals("ticket-lifecycle"))
                .findFirst().orElseThrow().content(), StandardCharsets.UTF_8);
        String v2 = lifecycle
                .replace("<bpmn:outgoing>Flow_Accepted</bpmn:outgoing>", "<bpmn:outgoing>Flow_Accepted</bpmn:outgoing>")
                .replace("<bpmn:sequenceFlow id=\"Flow_Accepted\" sourceRef=\"Event_Accepted\" targetRef=\"End_ClosedAccepted\" />",
                        "<bpmn:sequenceFlow id=\"Flow_Accepted\" sourceRef=\"Event_Accepted\" targetRef=\"Task_ThankCustomer\" />"
                        + "<bpmn:userTask id=\"Task_ThankCustomer\" name=\"Agradecer ao cliente\" camunda:candidateGroups=\"cst\">"
                        + "<bpmn:incoming>Flow_Accepted</bpmn:incoming><bpmn:outgoing>Flow_Thanked</bpmn:outgoing></bpmn:userTask>"
                        + "<bpmn:sequenceFlow id=\"Flow_Thanked\" sourceRef=\"Task_ThankCustomer\" targetRef=\"End_ClosedAccepted\" />")
                .replace("<bpmn:incoming>Flow_Accepted</bpmn:incoming>\n    </bpmn:endEvent>",
                        "<bpmn:incoming>Flow_Thanked</bpmn:incoming>\n    </bpmn:endEvent>");
        assertThat(v2).contains("Task_ThankCustomer", "<bpmn:incoming>Flow_Thanked</bpmn:incoming>\n    </bpmn:endEvent>");
        engine.getRepositoryService().createDeployment().name("ticket-lifecycle.bpmn").source("Camunda Modeler")
                .addString("ticket-lifecycle.bpmn", v2).deploy();

        Customer ana = customers.byEmail(ANA).orElseThrow();
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ticket.number().toString()).singleResult().getId();
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .singleResult().getId(), Map.of(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(), "Pacote aplicado."));

        desk.accept(ana, ticket.number().toString());

        Ticket accepted = tickets.findById(ticket.getId()).orElseThrow();
        assertThat(accepted.getStatus()).isEqualTo(TicketStatus.RESOLVIDO);
        assertThat(accepted.getAcceptedAt()).isNotNull();
        assertThatThrownBy(() -> desk.accept(ana, ticket.number().toString()))
                .isInstanceOf(TicketStateException.class).hasMessageContaining("já foi aceita");
        var thank = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(thank.getTaskDefinitionKey()).isEqualTo("Task_ThankCustomer");

        engine.getTaskService().complete(thank.getId());

        Ticket closed = tickets.findById(ticket.getId()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(TicketStatus.FECHADO);
        assertThat(closed.getCloseReason()).isEqualTo(CloseReason.ACCEPTED);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }
}
