package io.atende.ticket;

/** Where a ticket was born (R5). */
public enum Channel {
    PORTAL, CHAT, APP, FLUIG, EMAIL, TELEFONE
}
