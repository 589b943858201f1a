package io.atende.mail;

import io.atende.mail.internal.ActionTokens;
import io.atende.mail.internal.MailQueue;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail channel's API for other modules (e.g. the portal's account activation and password
 * reset, R1 and R3). A message is written to the outbox in the caller's transaction and sent by the
 * dispatcher after it commits: it is sent if and only if the caller's transaction commits.
 */
@Service
public class Mailer {

    private final MailQueue queue;
    private final ActionTokens tokens;
    private final MailSettings settings;

    private final Clock clock;

    Mailer(MailQueue queue, ActionTokens tokens, MailSettings settings, Clock clock) {
        this.queue = queue;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Queues the template {@code templateName} ({@code templates/mail/<name>.html} and {@code .txt},
     * overridable in {@code atende.mail.template-directory}) rendered with {@code model} to {@code to}.
     * Values in the model are escaped by the templates ({@code th:text}); every template also sees
     * {@code portalUrl} and {@code supportAddress}.
     *
     * @param subject the subject; null takes the template's {@code <name>.subject.txt}
     * @return the message's Message-ID
     */
    @Transactional
    public String send(String to, String templateName, Map<String, ?> model, String subject) {
        return queue.enqueue(new MailQueue.Envelope(to, null, templateName, subject, null, null,
                MailQueue.AUTO_GENERATED), model);
    }

    /**
     * A one-click link (signed, expiring at {@code expiresAt}, single-use) to confirm the
     * {@link OneClickAction} named {@code action} on a ticket as its contact, for a template's model.
     * A null {@code expiresAt} means {@code atende.mail.tokens.time-to-live} from now.
     */
    public String actionLink(String action, long ticketNumber, long contactId, Instant expiresAt) {
        Instant expiry = expiresAt != null ? expiresAt : clock.instant().plus(settings.tokens().timeToLive());
        return settings.publicUrl() + "/acao/" + tokens.create(action, ticketNumber, contactId, expiry);
    }
}
