package io.atende.account;

/** The service offer a company contracted (R5, R11, R12, R14). */
public enum Offer {
    PADRAO, PRIME, FLY01, CLOUD
}
