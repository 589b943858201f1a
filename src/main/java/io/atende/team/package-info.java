/**
 * Camunda groups as teams, demo agents, authorizations, Tasklist filters, the security of the engine's REST
 * API and webapps.
 * The allowed dependencies are the table of docs/architecture.md; {@code ModularityTests} verifies them.
 */
@ApplicationModule(
        displayName = "Teams and staff",
        allowedDependencies = {"platform"})
package io.atende.team;

import org.springframework.modulith.ApplicationModule;
