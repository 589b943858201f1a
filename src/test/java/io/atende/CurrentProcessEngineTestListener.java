package io.atende;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Two cached test contexts (AtendeIntegrationTest, TeamIntegrationTest) each run an engine named
 * "default", and the engine REST API looks its engine up in the static {@link ProcessEngines}
 * registry, where the context started last wins. Before each test this makes the test's own
 * engine the registered one, so a REST call never reaches the other context's engine whatever
 * order the test classes run in. Registered in META-INF/spring.factories.
 */
public class CurrentProcessEngineTestListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
        }
    }
}
