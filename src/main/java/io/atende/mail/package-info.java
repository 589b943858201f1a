/**
 * The e-mail channel: notifications through an outbox, the support mailbox over IMAP, one-click links.
 * The allowed dependencies are the table of docs/architecture.md; {@code ModularityTests} verifies them.
 */
@ApplicationModule(
        displayName = "E-mail channel",
        allowedDependencies = {"account", "knowledge", "platform", "team", "ticket"})
package io.atende.mail;

import org.springframework.modulith.ApplicationModule;
