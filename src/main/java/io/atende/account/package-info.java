/**
 * Companies, contacts and contact login; the read API {@link io.atende.account.CustomerDirectory} and the
 * write APIs {@link io.atende.account.ContactAccounts} and {@link io.atende.account.CompanyAdministration}.
 * The allowed dependencies are the table of docs/architecture.md; {@code ModularityTests} verifies them.
 */
@ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"sla", "team"})
package io.atende.account;

import org.springframework.modulith.ApplicationModule;
