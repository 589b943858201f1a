/**
 * Ouvidoria cases (R13): escalation of earlier tickets, the ouvidoria process and its APIs.
 * The allowed dependencies are the table of docs/architecture.md; {@code ModularityTests} verifies them.
 */
@ApplicationModule(
        displayName = "Ouvidoria",
        allowedDependencies = {"account", "mail", "platform", "sla", "ticket"})
package io.atende.ouvidoria;

import org.springframework.modulith.ApplicationModule;
