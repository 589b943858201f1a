package io.atende.team;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Lets the engine accept the kebab-case ids of teams and agents ({@code suporte-protheus},
 * {@code agente-suporte-protheus}): Camunda's default whitelist for user and group ids is
 * {@code [a-zA-Z0-9]+|camunda-admin}, which refuses hyphens. Patterns set explicitly (for example
 * {@code camunda.bpm.generic-properties.properties.group-resource-whitelist-pattern}) win.
 */
@Component
class TeamIdentityIds extends AbstractCamundaConfiguration {

    private final TeamSettings settings;

    TeamIdentityIds(TeamSettings settings) {
        this.settings = settings;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        if (configuration.getUserResourceWhitelistPattern() == null) {
            configuration.setUserResourceWhitelistPattern(settings.identityIdPattern());
        }
        if (configuration.getGroupResourceWhitelistPattern() == null) {
            configuration.setGroupResourceWhitelistPattern(settings.identityIdPattern());
        }
    }
}
