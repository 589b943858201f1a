package io.atende.ticket.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.atende.ticket.HistoryItem;
import java.time.OffsetDateTime;

/** One history line; {@code inherited} and {@code inheritedFrom} mark a follow-up's inherited history (R19). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryResponse(OffsetDateTime at, String author, String authorKind, String kind, String text,
        boolean inherited, String inheritedFrom) {

    static HistoryResponse of(HistoryItem item) {
        return new HistoryResponse(TicketResponse.local(item.at()), item.author(), item.authorKind().name(),
                item.kind().name(), item.text(), item.inheritedFrom() != null,
                item.inheritedFrom() == null ? null : item.inheritedFrom().toString());
    }
}
