package io.atende.ticket;

import java.time.Instant;

/**
 * What happens to tickets, published (synchronously, inside the transaction that caused it) when
 * the aggregate is saved. Other modules listen: e-mail notifications, survey, reporting.
 */
public final class TicketEvents {

    private TicketEvents() {
    }

    /** A ticket was opened (R16); {@code parent} is set for a follow-up (R19). */
    public record TicketOpened(TicketNumber number, TicketNumber parent, Instant at) {
    }

    /** The opening decisions gave the ticket its classification, team and first SLA deadline (R20). */
    public record TicketClassified(TicketNumber number, Priority priority, String team, Instant slaDueAt, Instant at) {
    }

    /** The team asked the customer a question (R17). */
    public record InformationRequested(TicketNumber number, String question, Instant at) {
    }

    /** The customer wrote on the ticket (R6). */
    public record CustomerReplied(TicketNumber number, String text, Instant at) {
    }

    /** A Solution Proposal was sent; the customer may contest it until {@code contestDeadline} (R18). */
    public record SolutionProposed(TicketNumber number, String solution, Instant contestDeadline, Instant at) {
    }

    /** The customer contested the proposal (R18). */
    public record TicketContested(TicketNumber number, String reason, Instant at) {
    }

    /** The ticket closed: accepted, or the contest window ended (R18). */
    public record TicketClosed(TicketNumber number, CloseReason reason, Instant at) {
    }

    /** A confirmed non-conformity went to Manutenção (R22). */
    public record ForwardedToMaintenance(TicketNumber number, Instant maintenanceDueAt, Instant at) {
    }

    /** The ticket changed teams. */
    public record TicketTransferred(TicketNumber number, String fromTeam, String toTeam, Instant at) {
    }

    /** A deadline of R20 was missed by the team holding the ticket. */
    public record SlaBreached(TicketNumber number, SlaBreach.Target target, String team, Instant dueAt, Instant at) {
    }

    /** An agent wrote an internal note (staff only); {@code authorId} is their Camunda user id (issue 15). */
    public record InternalNoteAdded(TicketNumber number, String authorId, String author, String text, Instant at) {
    }

    /** An agent wrote to the customer without changing the ticket's status (issue 15). */
    public record TeamReplied(TicketNumber number, String author, String text, Instant at) {
    }

    /** The support target due at {@code dueAt} is near and {@code team} holds the ticket (R20): its leaders are told. */
    public record SlaWarned(TicketNumber number, String team, Instant dueAt, Instant at) {
    }
}
