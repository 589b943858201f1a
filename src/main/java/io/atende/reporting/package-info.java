/**
 * Prometheus metrics and the managers' dashboard.
 * The allowed dependencies are the table of docs/architecture.md; {@code ModularityTests} verifies them.
 */
@ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {"ouvidoria", "survey", "team", "ticket"})
package io.atende.reporting;

import org.springframework.modulith.ApplicationModule;
