/**
 * Portal do Cliente: the customers' web pages (R1–R4, R7, R16–R21) — first access, login, contacts,
 * dashboard, tickets — on top of the account and ticket modules' APIs.
 */
package io.atende.portal;
