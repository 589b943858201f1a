package io.atende.ticket;

/** What a customer writes to open a ticket (R16), already validated by the caller. */
public record TicketDraft(
        TicketType type,
        Channel channel,
        Product product,
        String routine,
        String version,
        Environment environment,
        String subject,
        String description,
        Impact impact,
        Urgency urgency) {
}
