package io.atende.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine runs with the settings the docs promise. */
@AtendeIntegrationTest
class EngineConfigurationIntegrationTests {

    @Autowired ProcessEngine engine;

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
