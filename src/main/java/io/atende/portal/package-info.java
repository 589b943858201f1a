/**
 * Portal do Cliente: the customers' web pages (R1–R4, R7, R16–R21) — first access, login, contacts,
 * dashboard, tickets — on top of the account and ticket modules' APIs.
 */
@ApplicationModule(
        displayName = "Portal do Cliente",
        allowedDependencies = {"account", "knowledge", "mail", "ouvidoria", "platform", "survey", "ticket"})
package io.atende.portal;

import org.springframework.modulith.ApplicationModule;
