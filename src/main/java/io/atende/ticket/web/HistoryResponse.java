package io.atende.ticket.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.atende.ticket.HistoryItem;
import java.time.OffsetDateTime;
import java.util.List;

/** One history line; {@code inherited} and {@code inheritedFrom} mark a follow-up's inherited history (R19). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryResponse(OffsetDateTime at, String author, String authorKind, String kind, String kindLabel,
        String text, boolean inherited, String inheritedFrom, List<AttachmentResponse> attachments) {

    static HistoryResponse of(HistoryItem item, List<AttachmentResponse> attachments) {
        return new HistoryResponse(TicketResponse.local(item.at()), item.author(), item.authorKind().name(),
                item.kind().name(), item.kind().label(), item.text(), item.inheritedFrom() != null,
                item.inheritedFrom() == null ? null : item.inheritedFrom().toString(),
                attachments.isEmpty() ? null : attachments);
    }
}
