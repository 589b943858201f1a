package io.atende.ouvidoria;

/** How the customer reached the Ouvidoria (R13: phone option 8, portal, chat). */
public enum OuvidoriaChannel {
    PORTAL, TELEFONE, CHAT
}
