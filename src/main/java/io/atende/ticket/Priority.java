package io.atende.ticket;

/** The classification impact × urgency gives (R20), from the ticket-priority decision. */
public enum Priority {
    URGENTE, ALTO, NORMAL, BAIXO
}
