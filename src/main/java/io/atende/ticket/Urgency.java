package io.atende.ticket;

/** How soon the customer needs it solved (R20). */
public enum Urgency {
    ALTA, MEDIA, BAIXA
}
