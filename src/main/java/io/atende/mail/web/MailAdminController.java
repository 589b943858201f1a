package io.atende.mail.web;

import io.atende.mail.internal.Inbox;
import io.atende.mail.internal.Outbox;
import io.atende.mail.internal.OutboxEntry;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only view of the e-mail channel for staff ({@code /api/admin/**}: camunda-admin, cst). */
@RestController
@RequestMapping("/api/admin/mail")
class MailAdminController {

    private final Outbox outbox;
    private final Inbox inbox;

    MailAdminController(Outbox outbox, Inbox inbox) {
        this.outbox = outbox;
        this.inbox = inbox;
    }

    /** Outbox rows newest first: PENDING (with the last error while retrying), SENDING, SENT, FAILED (with the reason). */
    @GetMapping("/outbox")
    List<OutboxEntry> outbox(@RequestParam(required = false) String status, @RequestParam(required = false) Long ticket,
            @RequestParam(defaultValue = "100") int limit) {
        return outbox.list(status == null ? null : status.toUpperCase(Locale.ROOT), ticket, limit);
    }

    /** Inbound messages newest first with what each did (TICKET_OPENED, REPLY_RECORDED, REJECTED, IGNORED_AUTOMATIC…). */
    @GetMapping("/inbox")
    List<Inbox.Entry> inbox(@RequestParam(defaultValue = "100") int limit) {
        return inbox.list(limit);
    }

    /** Messages that could not be read, with the reason. */
    @GetMapping("/quarantine")
    List<Inbox.Quarantined> quarantine(@RequestParam(defaultValue = "100") int limit) {
        return inbox.quarantine(limit);
    }
}
