/**
 * Cross-cutting wiring: the engine clock, the APIs' security chains, errors in Portuguese, engine setup.
 * The allowed dependencies are the table of docs/architecture.md; {@code ModularityTests} verifies them.
 */
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {})
package io.atende.platform;

import org.springframework.modulith.ApplicationModule;
