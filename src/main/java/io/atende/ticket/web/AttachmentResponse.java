package io.atende.ticket.web;

import io.atende.ticket.Attachment;
import java.time.OffsetDateTime;

/** An attachment's metadata; {@code href} downloads it. */
public record AttachmentResponse(long id, String fileName, String contentType, long size, OffsetDateTime uploadedAt,
        String uploadedBy, String href) {

    static AttachmentResponse of(String number, Attachment a) {
        return new AttachmentResponse(a.getId(), a.getFileName(), a.getContentType(), a.getSize(),
                TicketResponse.local(a.getUploadedAt()), a.getUploadedBy(),
                "/api/tickets/" + number + "/attachments/" + a.getId());
    }
}
