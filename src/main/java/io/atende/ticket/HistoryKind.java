package io.atende.ticket;

/** What a history entry records. */
public enum HistoryKind {
    OPENED,
    CLASSIFIED,
    ANALYSIS_STARTED,
    INFORMATION_REQUESTED,
    CUSTOMER_REPLY,
    SOLUTION_PROPOSED,
    CONTESTED,
    ACCEPTED,
    CLOSED,
    FORWARDED_TO_MAINTENANCE,
    TRANSFERRED,
    SLA_BREACHED,
    FOLLOW_UP_OPENED
}
