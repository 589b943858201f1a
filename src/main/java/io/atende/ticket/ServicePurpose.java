package io.atende.ticket;

/**
 * Why a customer reaches Atende, the first input of the {@code channel-entitlement} decision:
 * ordinary service (a ticket) or an escalation to Ouvidoria, which has its own channels (R5, R13).
 */
public enum ServicePurpose {
    ATENDIMENTO, OUVIDORIA
}
