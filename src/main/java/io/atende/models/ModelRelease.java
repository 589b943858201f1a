package io.atende.models;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * Deploys the release's models right after the engine is built, before the job executor and the application's
 * runners start tickets. The starter's own auto-deployment (one deployment of every file, all redeployed when one
 * changed) is off: {@code camunda.bpm.auto-deployment-enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
class ModelRelease extends AbstractCamundaConfiguration {

    private final LiveModels models;
    private final TableContracts contracts;

    ModelRelease(LiveModels models, TableContracts contracts) {
        this.models = models;
        this.contracts = contracts;
    }

    /** Every deployment passes {@link ModelCheck} before the engine's own deployers. */
    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        List<Deployer> deployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            deployers.addAll(configuration.getCustomPreDeployers());
        }
        deployers.add(new ModelCheck(contracts));
        configuration.setCustomPreDeployers(deployers);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        models.release(processEngine);
    }
}
