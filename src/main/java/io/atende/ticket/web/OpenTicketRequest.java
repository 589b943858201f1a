package io.atende.ticket.web;

/** The JSON a customer posts to open a ticket; values are checked by {@link TicketRequests}. */
public record OpenTicketRequest(
        String type,
        String channel,
        String product,
        String routine,
        String version,
        String environment,
        String subject,
        String description,
        String impact,
        String urgency,
        String parentNumber) {
}
