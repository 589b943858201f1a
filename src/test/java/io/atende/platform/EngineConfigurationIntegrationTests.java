package io.atende.platform;

import static org.assertj.core.api.Assertions.assertThat;

import static io.atende.ticket.TicketFixtures.*;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine runs with the settings the docs promise. */
@AtendeIntegrationTest
class EngineConfigurationIntegrationTests {

    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;

    @Test
    void checksAuthorizations() {
        assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
    }

    @Test
    void schedulesHistoryCleanupAtNight() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty();
    }

    @Test
    void keepsLifecycleHistoryFor180Days() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("ticket-lifecycle")
                .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(180);
    }

    @Test
    void evaluatesFeelWithTheCachingEngine() {
        var dmn = (DefaultDmnEngineConfiguration) ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDmnEngineConfiguration();
        assertThat(dmn.getFeelEngineFactory()).isInstanceOf(FeelEngineSetup.Factory.class);
        assertThat(CachingFeelEngine.caching()).isTrue();
        // A decision evaluated through the engine's DMN engine gives the table's answer (R5: high impact and
        // urgency make a critical ticket, whatever the FEEL engine underneath).
        var result = engine.getDecisionService().evaluateDecisionTableByKey("ticket-priority",
                Variables.createVariables().putValue("impact", "ALTO").putValue("urgency", "ALTA"));
        assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo("URGENTE");
    }

    @Test
    void keepsProcessVariablesInHistoryButNotTheFormsCopiesNorEveryChange() {
        Ticket ticket = desk.open(customers.byEmail(ANA).orElseThrow(), supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ticket.number().toString()).singleResult().getId();
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        var history = engine.getHistoryService();

        // The form still gets its read-only view of the ticket (task-local, at runtime)...
        assertThat(engine.getTaskService().getVariableLocal(task.getId(), "ticketSubject")).isEqualTo(ticket.getSubject());
        // ...which is not copied to the engine's history (the ticket and its own history are the record),
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName("ticketSubject").count()).isZero();
        // while process variables are, with their values, and no per-change detail rows are written.
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName("priority").singleResult().getValue()).isEqualTo("NORMAL");
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).count()).isPositive();
        assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(instance).count()).isPositive();
    }

    @Test
    void deploysTheLifecycleWithItsDecisionsAndForms() {
        var repository = engine.getRepositoryService();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("ticket-lifecycle").count()).isPositive();
        for (String decision : new String[] {"ticket-priority", "ticket-routing", "sla-targets"}) {
            assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision).count()).isPositive();
        }
        assertThat(repository.createDeploymentQuery().list()).anySatisfy(d -> assertThat(repository
                .getDeploymentResourceNames(d.getId())).anyMatch(name -> name.endsWith("analyze-ticket.form")));
    }
}
