/**
 * The ticket aggregate, its status machine, history, attachments and SLA clock, the customer API and the staff ticket
 * pages, the lifecycle process's delegates and listeners.
 * The allowed dependencies are the table of docs/architecture.md; {@code ModularityTests} verifies them.
 */
@ApplicationModule(
        displayName = "Tickets",
        allowedDependencies = {"account", "platform", "sla", "team"})
package io.atende.ticket;

import org.springframework.modulith.ApplicationModule;
