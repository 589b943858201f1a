package io.atende.ticket.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketNumber;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A ticket as the customer API shows it; instants in Brasília time with their offset. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TicketResponse(
        String number,
        String status,
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
        String priority,
        String team,
        String parentNumber,
        OffsetDateTime openedAt,
        OffsetDateTime slaDueAt,
        OffsetDateTime firstResponseAt,
        OffsetDateTime maintenanceDueAt,
        OffsetDateTime resolvedAt,
        String solution,
        OffsetDateTime contestDeadline,
        OffsetDateTime closedAt,
        String closeReason,
        int transferCount) {

    private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");

    static TicketResponse of(Ticket t) {
        return new TicketResponse(t.number().toString(), t.getStatus().name(), t.getType().name(), t.getChannel().name(),
                name(t.getProduct()), t.getRoutine(), t.getProductVersion(), name(t.getEnvironment()), t.getSubject(),
                t.getDescription(), name(t.getImpact()), name(t.getUrgency()), name(t.getPriority()), t.getTeam(),
                t.getParentId() == null ? null : TicketNumber.of(t.getParentId()).toString(), local(t.getOpenedAt()),
                local(t.getSlaDueAt()), local(t.getFirstResponseAt()), local(t.getMaintenanceDueAt()),
                local(t.getResolvedAt()), t.getSolution(), local(t.getContestDeadline()), local(t.getClosedAt()),
                name(t.getCloseReason()), t.getTransferCount());
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(BRASILIA).toOffsetDateTime();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
