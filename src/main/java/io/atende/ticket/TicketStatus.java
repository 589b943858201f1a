package io.atende.ticket;

/** Where a ticket stands in its lifecycle (R17, R18); the customer sees it. */
public enum TicketStatus {
    /** In the team's queue. */
    ABERTO,
    /** An agent took it. */
    EM_ANALISE,
    /** The team asked the customer for information; the SLA clock is paused. */
    AGUARDANDO_CLIENTE,
    /** A confirmed non-conformity is being corrected by Manutenção (R22). */
    EM_MANUTENCAO,
    /** A solution proposal was sent; the customer may contest it until the deadline (R18). */
    RESOLVIDO,
    /** Closed: the proposal was accepted or its contest window ended (R18). Only internal notes change it. */
    FECHADO;

    /** Whether a ticket in this status is closed (the one end of the status machine). */
    public boolean isClosed() {
        return this == FECHADO;
    }
}
