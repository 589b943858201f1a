/**
 * Satisfaction surveys (R21) of closed tickets and Ouvidoria cases.
 * The allowed dependencies are the table of docs/architecture.md; {@code ModularityTests} verifies them.
 */
@ApplicationModule(
        displayName = "Satisfaction surveys",
        allowedDependencies = {"account", "mail", "ouvidoria", "platform", "sla", "team", "ticket"})
package io.atende.survey;

import org.springframework.modulith.ApplicationModule;
