/**
 * Business calendars, holidays and the due-date API; holiday plantões.
 * The allowed dependencies are the table of docs/architecture.md; {@code ModularityTests} verifies them.
 */
@ApplicationModule(
        displayName = "SLA and business calendars",
        allowedDependencies = {"platform", "team"})
package io.atende.sla;

import org.springframework.modulith.ApplicationModule;
