package io.atende.ticket;

/** The customer's environment where the problem happens (R16). */
public enum Environment {
    PRODUCAO, HOMOLOGACAO, DESENVOLVIMENTO
}
