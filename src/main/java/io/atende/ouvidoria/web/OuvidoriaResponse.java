package io.atende.ouvidoria.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.atende.ouvidoria.OuvidoriaCase;
import io.atende.sla.BusinessCalendars;
import io.atende.ticket.TicketNumber;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** An Ouvidoria case as the customer follows it; instants in Brasília time. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OuvidoriaResponse(String number, String status, String channel, List<String> ticketNumbers, String description,
        String occurrence, OffsetDateTime openedAt, OffsetDateTime responseDueAt, String response,
        OffsetDateTime answeredAt, OffsetDateTime closedAt) {

    static OuvidoriaResponse of(OuvidoriaCase c) {
        return new OuvidoriaResponse(c.number().toString(), c.getStatus().name(), c.getChannel().name(),
                c.tickets().stream().map(TicketNumber::toString).toList(), c.getDescription(), c.getOccurrence(),
                local(c.getOpenedAt()), local(c.getResponseDueAt()), c.getResponse(), local(c.getAnsweredAt()),
                local(c.getClosedAt()));
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(BusinessCalendars.ZONE).toOffsetDateTime();
    }
}
