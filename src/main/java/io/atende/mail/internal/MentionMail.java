package io.atende.mail.internal;

import io.atende.mail.MailSettings;
import io.atende.mail.Mailer;
import io.atende.platform.AsApplication;
import io.atende.ticket.Mentions;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketEvents.InternalNoteAdded;
import io.atende.ticket.TicketLookup;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A colleague mentioned in an internal note ({@code @agente-suporte-rm}) is asked for help by e-mail (issue 15):
 * the note, the ticket and the link to its staff page, which the mention lets them read and write on. Ids that are
 * no Camunda user, users without an address and the note's author are skipped (logged).
 */
@Component
class MentionMail {

    static final String TEMPLATE = "note-mention";
    private static final Logger log = LoggerFactory.getLogger(MentionMail.class);

    private final ProcessEngine engine;
    private final Mailer mailer;
    private final MailSettings settings;
    private final TicketLookup tickets;

    MentionMail(ProcessEngine engine, Mailer mailer, MailSettings settings, TicketLookup tickets) {
        this.engine = engine;
        this.mailer = mailer;
        this.settings = settings;
        this.tickets = tickets;
    }

    @EventListener
    void noteAdded(InternalNoteAdded event) {
        Ticket ticket = null;
        for (String userId : Mentions.in(event.text())) {
            if (userId.equals(event.authorId())) {
                continue;
            }
            User user = AsApplication.run(engine, () -> engine.getIdentityService().createUserQuery().userId(userId)
                    .singleResult());
            if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
                log.info("Ticket {}: note mentions @{}, who is no user with an e-mail address", event.number(), userId);
                continue;
            }
            ticket = ticket != null ? ticket : tickets.byNumber(event.number()).orElseThrow();
            Map<String, Object> model = new HashMap<>();
            model.put("recipientName", user.getFirstName() == null ? user.getId() : user.getFirstName());
            model.put("author", event.author());
            model.put("note", event.text());
            model.put("ticketNumber", event.number().toString());
            model.put("subject", ticket.getSubject());
            model.put("staffUrl", settings.publicUrl() + "/equipe/tickets/" + event.number());
            mailer.send(user.getEmail(), TEMPLATE, model,
                    event.author() + " pede sua ajuda no ticket " + event.number());
        }
    }
}
