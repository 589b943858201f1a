/**
 * The demo companies, contacts and knowledge articles of the default start.
 * The allowed dependencies are the table of docs/architecture.md; {@code ModularityTests} verifies them.
 */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"account", "knowledge", "ticket"})
package io.atende.demo;

import org.springframework.modulith.ApplicationModule;
