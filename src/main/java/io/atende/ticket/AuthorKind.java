package io.atende.ticket;

/** Who wrote a history entry. */
public enum AuthorKind {
    CUSTOMER, AGENT, SYSTEM
}
