package io.atende.ticket;

import java.util.Arrays;
import java.util.List;

/** Where a ticket was born (R5). */
public enum Channel {
    PORTAL, CHAT, APP, FLUIG, EMAIL, TELEFONE;

    /**
     * Whether a customer may name this channel when opening a ticket themselves (API, integrations). A phone
     * ticket is recorded by the agent who takes the call, never declared by the customer (R5, issue 12).
     */
    public boolean customerMayDeclare() {
        return this != TELEFONE;
    }

    /** The channels a customer may declare, in declaration order. */
    public static List<Channel> customerDeclarable() {
        return Arrays.stream(values()).filter(Channel::customerMayDeclare).toList();
    }
}
