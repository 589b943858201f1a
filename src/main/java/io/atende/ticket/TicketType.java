package io.atende.ticket;

/** What kind of service a ticket asks for (R9, R10, R8). */
public enum TicketType {
    SUPORTE, CONSULTORIA_TELEFONICA, ADMINISTRATIVO
}
