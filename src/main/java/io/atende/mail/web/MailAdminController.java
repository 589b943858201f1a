package io.atende.mail.web;

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

    MailAdminController(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Outbox rows newest first: PENDING (with the last error while retrying), SENDING, SENT, FAILED (with the reason). */
    @GetMapping("/outbox")
    List<OutboxEntry> outbox(@RequestParam(required = false) String status, @RequestParam(required = false) Long ticket,
            @RequestParam(defaultValue = "100") int limit) {
        return outbox.list(status == null ? null : status.toUpperCase(Locale.ROOT), ticket, limit);
    }
}
