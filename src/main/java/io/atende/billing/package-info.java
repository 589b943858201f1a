/**
 * Consultoria Telefônica time, hourly rates and monthly statements (R10).
 * The allowed dependencies are the table of docs/architecture.md; {@code ModularityTests} verifies them.
 */
@ApplicationModule(
        displayName = "Billing",
        allowedDependencies = {"account", "platform", "sla", "ticket"})
package io.atende.billing;

import org.springframework.modulith.ApplicationModule;
