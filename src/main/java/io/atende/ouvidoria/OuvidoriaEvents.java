package io.atende.ouvidoria;

import io.atende.ticket.TicketNumber;
import java.time.Instant;
import java.util.List;

/**
 * What happens to Ouvidoria cases, published inside the transaction that caused it when the case
 * is saved. The e-mail module sends the acknowledgement and the response; the survey module
 * invites the customer when a case closes (R21).
 */
public final class OuvidoriaEvents {

    private OuvidoriaEvents() {
    }

    /** A case was opened (R13); {@code responseDueAt} is the Ouvidoria's response target. */
    public record OuvidoriaOpened(OuvidoriaNumber number, Long companyId, Long contactId, OuvidoriaChannel channel,
            List<TicketNumber> tickets, Instant responseDueAt, Instant at) {
    }

    /** The Ouvidoria answered the customer; {@code response} is the text to send. */
    public record OuvidoriaAnswered(OuvidoriaNumber number, Long contactId, String response, String author, Instant at) {
    }

    /** The case closed after its response; the satisfaction survey follows (R21). */
    public record OuvidoriaClosed(OuvidoriaNumber number, Long companyId, Long contactId, String team, Instant at) {
    }

    /** The response target passed while the case was still open. */
    public record OuvidoriaResponseOverdue(OuvidoriaNumber number, Instant dueAt, Instant at) {
    }
}
