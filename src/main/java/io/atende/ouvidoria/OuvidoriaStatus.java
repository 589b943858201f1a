package io.atende.ouvidoria;

/** Where an Ouvidoria case stands (R13); the customer sees it. */
public enum OuvidoriaStatus {
    /** With the Ouvidoria team, waiting for its response. */
    ABERTA,
    /** The response was sent to the customer; the case is closed. */
    ENCERRADA
}
