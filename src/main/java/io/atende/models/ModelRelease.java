package io.atende.models;

import org.camunda.bpm.engine.ProcessEngine;
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

    ModelRelease(LiveModels models) {
        this.models = models;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        models.release(processEngine);
    }
}
