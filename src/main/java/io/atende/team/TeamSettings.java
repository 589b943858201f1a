package io.atende.team;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the team module ({@code atende.team.*}).
 *
 * @param readableProcesses keys of the process definitions every team member may read (Tasklist
 *     shows their names and diagrams)
 * @param demoAgents whether to create one demo agent per team; only honoured while
 *     {@code atende.demo-data.enabled} is true
 * @param demoPassword password of the demo agents
 * @param identityIdPattern the ids the engine accepts for users and groups (Camunda's default
 *     refuses the hyphen of {@code suporte-protheus})
 */
@ConfigurationProperties("atende.team")
public record TeamSettings(
        @DefaultValue({"ticket-lifecycle", "ouvidoria", "satisfaction-survey"}) List<String> readableProcesses,
        @DefaultValue("true") boolean demoAgents,
        @DefaultValue("demo") String demoPassword,
        @DefaultValue("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*") String identityIdPattern) {
}
