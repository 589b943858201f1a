package io.atende.models;

import static io.atende.ticket.TicketFixtures.ANA;
import static io.atende.ticket.TicketFixtures.supportDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.portal.PortalClient;
import io.atende.ticket.ClassificationGuard;
import io.atende.ticket.HistoryKind;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketStatus;
import io.atende.ticket.Tickets;
import io.atende.ticket.Urgency;
import io.atende.ticket.TicketProcess;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13.3: a decision that fails at run time never loses the ticket. A priority table without a row for
 * MEDIO × MEDIA (valid, so deployable) leaves such a ticket kept without classification, with an incident in
 * Cockpit naming the table; after the repair the administrator completes the task and the lifecycle starts.
 */
@AtendeIntegrationTest
class ClassificationRepairIntegrationTests {

    @Autowired LiveModels models;
    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired Tickets tickets;
    @Autowired CustomerDirectory customers;
    @Autowired TestRestTemplate http;
    @LocalServerPort int port;

    @AfterEach
    void releaseTableAgain() {
        models.adoptRelease(TicketProcess.DECISION_PRIORITY, "test");
    }

    @Test
    @DisplayName("No row for the combination: the ticket is kept, an incident names the table, the repair starts "
            + "the lifecycle")
    void aFailingDecisionKeepsTheTicketWithAnIncident() {
        String priority = new String(models.packaged().stream().filter(m -> m.key().equals("ticket-priority"))
                .findFirst().orElseThrow().content(), StandardCharsets.UTF_8)
                .replaceFirst("(?s)<rule id=\"Rule_MedioMedia\">.*?</rule>", "");
        assertThat(priority).doesNotContain("Rule_MedioMedia");
        engine.getRepositoryService().createDeployment().name("ticket-priority.dmn").source("Camunda Modeler")
                .addString("ticket-priority.dmn", priority).deploy();

        Ticket ticket = desk.open(customers.byEmail(ANA).orElseThrow(), supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        String number = ticket.number().toString();

        Ticket kept = tickets.findById(ticket.getId()).orElseThrow();
        assertThat(kept.getStatus()).isEqualTo(TicketStatus.ABERTO);
        assertThat(kept.getTeam()).isNull();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TicketProcess.KEY)
                .processInstanceBusinessKey(number).count()).isZero();
        var repair = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ClassificationGuard.REPAIR_PROCESS).processInstanceBusinessKey(number).singleResult();
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(repair.getId())
                .singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(ClassificationGuard.INCIDENT_TYPE);
        assertThat(incident.getIncidentMessage()).contains(number, "ticket-priority", "nenhuma linha");

        // the customer reads the kept ticket (API and portal), never a 500
        assertThat(http.withBasicAuth(ANA, "demo").getForEntity("/api/tickets/" + number, String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(PortalClient.loggedIn(port, ANA, "demo").get("/tickets/" + number).statusCode()).isEqualTo(200);

        var task = engine.getTaskService().createTaskQuery().processInstanceId(repair.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("repair-classification");
        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId()))
                .hasMessageContaining("ainda falha");

        models.adoptRelease(TicketProcess.DECISION_PRIORITY, "test");
        engine.getTaskService().complete(task.getId());

        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(repair.getId()).count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(TicketProcess.TASK_ANALYZE).count()).isEqualTo(1);
        Ticket classified = tickets.findById(ticket.getId()).orElseThrow();
        assertThat(classified.getTeam()).isEqualTo("suporte-protheus");
        assertThat(http.withBasicAuth(ANA, "demo").getForEntity("/api/tickets/" + number + "/history", String.class)
                .getBody()).contains(HistoryKind.CLASSIFICATION_PENDING.name(), HistoryKind.CLASSIFIED.name());
    }

    @Test
    @DisplayName("An expression the engine cannot evaluate (no such script language): the ticket is kept all the same, "
            + "in the same transaction, with the incident")
    void aFailingExpressionKeepsTheTicketToo() {
        String priority = new String(models.packaged().stream().filter(m -> m.key().equals("ticket-priority"))
                .findFirst().orElseThrow().content(), StandardCharsets.UTF_8)
                .replace("<inputExpression id=\"InputExpression_Impact\" typeRef=\"string\">",
                        "<inputExpression id=\"InputExpression_Impact\" typeRef=\"string\" expressionLanguage=\"no-such-language\">");
        assertThat(priority).contains("no-such-language");
        engine.getRepositoryService().createDeployment().name("ticket-priority.dmn").source("Camunda Modeler")
                .addString("ticket-priority.dmn", priority).deploy();

        Ticket ticket = desk.open(customers.byEmail(ANA).orElseThrow(), supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        String number = ticket.number().toString();

        Ticket kept = tickets.findById(ticket.getId()).orElseThrow();
        assertThat(kept.getTeam()).isNull();
        var repair = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ClassificationGuard.REPAIR_PROCESS).processInstanceBusinessKey(number).singleResult();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(repair.getId()).singleResult()
                .getIncidentMessage()).contains(number, "falhou");
    }
}
