package io.atende.ticket;

/**
 * What an agent decides when completing {@code analyze-ticket} (form field {@code outcome}). The names are the values
 * the model's gateway conditions ({@code ${outcome == 'TRANSFER'}}) and the form's options compare: they never change
 * here alone.
 */
public enum AnalysisOutcome {
    /** Send the Solution Proposal (R18): field {@code solution}. */
    PROPOSE_SOLUTION,
    /** Ask the customer (R17): field {@code question}. */
    REQUEST_INFORMATION,
    /** A confirmed non-conformity goes to Manutenção (R22): field {@code nonConformity}. */
    FORWARD_TO_MAINTENANCE,
    /** Hand the ticket to another team: fields {@code transferTo}, {@code transferReason}. */
    TRANSFER
}
