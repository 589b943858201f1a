package io.atende.ticket;

/** How much of the customer's business the problem stops (R20). */
public enum Impact {
    ALTO, MEDIO, BAIXO
}
