package io.atende.ticket;

/** The product line a ticket concerns (R16); routes it to its team. */
public enum Product {
    PROTHEUS, RM, DATASUL, LOGIX, SERIE1, RMS, FLUIG, FLY01, CLOUD
}
