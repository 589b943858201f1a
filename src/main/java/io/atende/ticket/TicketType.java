package io.atende.ticket;

/** What kind of service a ticket asks for (R9, R10, R8); CUSTOMIZACAO goes to the contract's team (R22). */
public enum TicketType {
    SUPORTE, CONSULTORIA_TELEFONICA, ADMINISTRATIVO, CUSTOMIZACAO
}
