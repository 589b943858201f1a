package io.atende.mail.internal;

import io.atende.mail.Brasilia;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.account.Offer;
import io.atende.mail.MailSettings;
import io.atende.ticket.AttachmentSettings;
import io.atende.ticket.Channel;
import io.atende.ticket.Impact;
import io.atende.ticket.NewAttachment;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketAttachments;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketDraft;
import io.atende.ticket.TicketNumber;
import io.atende.ticket.TicketStatus;
import io.atende.ticket.TicketType;
import io.atende.ticket.Urgency;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an inbound e-mail does (R5, R6, R18, R19), each message in its own transaction that also
 * writes its inbox row: the effect and the row commit together or not at all. See docs/email.md.
 */
@Component
public class InboundProcessor {

    /** How one message ended. FAILED_WILL_RETRY leaves it unread in the mailbox for the next round. */
    public enum Result { PROCESSED, ALREADY_PROCESSED, QUARANTINED, FAILED_WILL_RETRY }

    /** A test's way to simulate a crash at a point of the processing. */
    @FunctionalInterface
    public interface FaultInjector {
        void at(String point, InboundMessage message);
    }

    public static final String BEFORE_COMMIT = "before-commit";

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);
    private static final Pattern SUBJECT_TAG = Pattern.compile("(?i)(?:ticket\\s*#?\\s*|#)(\\d{8})(?!\\d)");
    private static final Pattern OUR_MESSAGE_ID = Pattern.compile("^<ticket-(\\d{8})\\.");
    private static final int MAX_KEPT_RAW = 5 * 1024 * 1024;

    private final InboundParser parser;
    private final Inbox inbox;
    private final Outbox outbox;
    private final CustomerDirectory customers;
    private final TicketDesk desk;
    private final TicketAttachments ticketAttachments;
    private final TicketMail ticketMail;
    private final MailQueue queue;
    private final ActionTokens tokens;
    private final MailSettings settings;
    private final AttachmentSettings attachmentSettings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private volatile FaultInjector faults = (point, message) -> { };

    InboundProcessor(InboundParser parser, Inbox inbox, Outbox outbox, CustomerDirectory customers, TicketDesk desk,
            TicketAttachments ticketAttachments, TicketMail ticketMail, MailQueue queue, ActionTokens tokens,
            MailSettings settings, AttachmentSettings attachmentSettings, TransactionTemplate transactions,
            Clock clock) {
        this.parser = parser;
        this.inbox = inbox;
        this.outbox = outbox;
        this.customers = customers;
        this.desk = desk;
        this.ticketAttachments = ticketAttachments;
        this.ticketMail = ticketMail;
        this.queue = queue;
        this.tokens = tokens;
        this.settings = settings;
        this.attachmentSettings = attachmentSettings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** For tests only: simulates failures at named points. */
    public void injectFaults(FaultInjector faults) {
        this.faults = faults == null ? (point, message) -> { } : faults;
    }

    /** Processes one raw message exactly once (by its key); never throws. */
    public Result process(byte[] raw) {
        InboundMessage message;
        try {
            message = parser.parse(raw);
        } catch (UnparseableMessageException e) {
            String key = InboundParser.keyOf(headerOf(raw, "Message-ID"), raw);
            return quarantine(key, headerOf(raw, "From"), headerOf(raw, "Subject"), e.getMessage(), raw);
        }
        if (inbox.known(message.key())) {
            return inbox.sameContent(message.key(), raw) ? Result.ALREADY_PROCESSED : duplicate(message, raw);
        }
        try {
            transactions.executeWithoutResult(status -> {
                inbox.claim(message, raw);
                handle(message, raw);
                faults.at(BEFORE_COMMIT, message);
            });
            failures.remove(message.key());
            return Result.PROCESSED;
        } catch (DuplicateKeyException e) {
            return Result.ALREADY_PROCESSED;
        } catch (RuntimeException e) {
            if (isRefusal(e)) {
                return refused(message, raw, e);
            }
            int attempts = failures.merge(message.key(), 1, Integer::sum);
            log.warn("Inbound message {} from {} failed (attempt {}): {}", message.key(), message.sender(), attempts,
                    e.toString());
            if (attempts >= settings.inbound().maxProcessingAttempts()) {
                failures.remove(message.key());
                return quarantine(message.key(), message.sender(), message.subject(),
                        "Falhou " + attempts + " vezes ao processar: " + e, raw);
            }
            return Result.FAILED_WILL_RETRY;
        }
    }

    /** Another message under a Message-ID already processed: recorded for staff, not applied. */
    private Result duplicate(InboundMessage message, byte[] raw) {
        log.warn("Inbound message from {} reuses the Message-ID {} of a processed message with other content: "
                + "recorded as DUPLICATE, not applied", message.sender(), message.key());
        try {
            transactions.executeWithoutResult(status -> inbox.recordDuplicate(message, raw, inbox.ticketOf(message.key())));
            return Result.PROCESSED;
        } catch (DuplicateKeyException e) {
            return Result.ALREADY_PROCESSED;
        }
    }

    /** A message too large to download: quarantined from its headers. */
    public Result tooLarge(String messageId, String sender, String subject, long size) {
        String key = messageId == null ? "size:" + sender + ":" + subject + ":" + size : messageId;
        return quarantine(key, sender, subject, "Mensagem grande demais: " + size / (1024 * 1024) + " MB (limite "
                + settings.inbound().maxMessageSize().toMegabytes() + " MB)", null);
    }

    private Result quarantine(String key, String sender, String subject, String reason, byte[] raw) {
        log.warn("Inbound message {} from {} quarantined: {}", key, sender, reason);
        transactions.executeWithoutResult(s -> inbox.quarantine(key, sender, subject, reason, kept(raw)));
        return Result.QUARANTINED;
    }

    /** The ticket refused what the message asked (closed, window ended, blocked, not found…): it says why. */
    private Result refused(InboundMessage message, byte[] raw, RuntimeException refusal) {
        try {
            transactions.executeWithoutResult(status -> {
                inbox.claim(message, raw);
                Long ticket = referencedTicket(message).map(TicketNumber::value).orElse(null);
                inbox.record(message, "REFUSED", ticket, refusal.getMessage(), null);
                plainAnswer(message, "reply-refused", Map.of("reason", refusal.getMessage()));
            });
            return Result.PROCESSED;
        } catch (DuplicateKeyException e) {
            return Result.ALREADY_PROCESSED;
        }
    }

    private void handle(InboundMessage message, byte[] raw) {
        if (message.sender().equalsIgnoreCase(settings.supportAddress())) {
            inbox.record(message, "IGNORED_OWN_ADDRESS", null, "Mensagem do próprio endereço de suporte", kept(raw));
            return;
        }
        if (message.automatic() != null) {
            inbox.record(message, "IGNORED_AUTOMATIC", null, message.automatic(), kept(raw));
            return;
        }
        long recent = inbox.fromSenderSince(message.sender(), clock.instant().minus(Duration.ofHours(1)));
        if (recent > settings.inbound().maxMessagesPerSenderPerHour()) {
            inbox.record(message, "RATE_LIMITED", null, recent + " mensagens na última hora", kept(raw));
            return;
        }
        Optional<Customer> sender = customers.byEmail(message.sender());
        Optional<TicketNumber> reference = referencedTicket(message);
        if (sender.isEmpty() || !sender.get().active() || (sender.get().companyBlocked() && reference.isEmpty())) {
            reject(message, raw, sender);
            return;
        }
        Customer customer = sender.get();
        if (reference.isPresent()) {
            onTicket(message, customer, desk.find(customer, reference.get().toString()));
        } else if (customer.offer() == Offer.PRIME) {
            Ticket opened = desk.open(customer, new TicketDraft(TicketType.SUPORTE, Channel.EMAIL,
                    settings.inbound().defaultProduct(), null, null, null, subjectOf(message), textOf(message, List.of()),
                    Impact.MEDIO, Urgency.MEDIA), null, files(message));
            inbox.record(message, "TICKET_OPENED", opened.getId(), "Ticket aberto por e-mail (Prime)", null);
        } else {
            inbox.record(message, "ANSWERED_CHANNELS", null, "Abertura por e-mail é só para clientes Prime (R5)", null);
            plainAnswer(message, "reply-channels", Map.of("recipientName", customer.contactName(),
                    "channels", channelsFor(customer.offer())));
        }
    }

    private void onTicket(InboundMessage message, Customer customer, Ticket ticket) {
        String number = ticket.getId().toString();
        TicketStatus status = ticket.getStatus();
        if (ticket.isClosed()) {
            if (customer.offer() == Offer.PRIME) {
                Ticket followUp = desk.open(customer, followUpDraft(ticket, message), number, files(message));
                inbox.record(message, "FOLLOW_UP_OPENED", followUp.getId(),
                        "Acompanhamento do ticket " + number + " (R19)", null);
            } else {
                inbox.record(message, "ANSWERED_FOLLOW_UP_IN_PORTAL", ticket.getId(), "Ticket fechado", null);
                ticketMail.answer(ticket, customer, message.messageId(), "reply-follow-up-in-portal", Map.of());
            }
            return;
        }
        if (status == TicketStatus.RESOLVIDO) {
            String text = message.text().strip();
            Matcher contest = Pattern.compile("(?is)^\\W*contestar\\b[\\s:,.\\-–]*(.*)$").matcher(text);
            if (contest.matches()) {
                String reason = contest.group(1).strip();
                if (reason.length() > Ticket.CUSTOMER_TEXT_MAX) {
                    // an e-mail cannot be sent back for editing: the reason keeps its start, the rest is cut
                    reason = reason.substring(0, Ticket.CUSTOMER_TEXT_MAX - 1) + "…";
                }
                desk.contest(customer, number, reason.isEmpty() ? "Contestado por e-mail." : reason);
                List<NewAttachment> files = files(message);
                if (!files.isEmpty()) {
                    ticketAttachments.attach(customer, number, files);
                }
                inbox.record(message, "CONTESTED", ticket.getId(), "Contestação por e-mail (R18)", null);
                return;
            }
            desk.reply(customer, number, textOf(message, dropped(message)), files(message));
            inbox.record(message, "REPLY_RECORDED", ticket.getId(), "Resposta registrada; a proposta segue pendente", null);
            ticketMail.answer(ticket, customer, message.messageId(), "reply-how-to-contest", Map.of(
                    "contestDeadline", Brasilia.format(ticket.getContestDeadline()),
                    "contestUrl", settings.publicUrl() + "/acao/" + tokens.create(TicketNotifications.CONTEST,
                            ticket.getId(), ticket.getContactId(), ticket.getContestDeadline())));
            return;
        }
        boolean waiting = status == TicketStatus.AGUARDANDO_CLIENTE;
        desk.reply(customer, number, textOf(message, dropped(message)), files(message));
        inbox.record(message, waiting ? "REPLY_RESUMED_ANALYSIS" : "REPLY_RECORDED", ticket.getId(), null, null);
    }

    private void reject(InboundMessage message, byte[] raw, Optional<Customer> sender) {
        String why = sender.isEmpty() ? "Remetente desconhecido"
                : !sender.get().active() ? "Contato desativado" : "Empresa bloqueada (R4)";
        boolean answer = !outbox.answeredSince(message.sender(), "reply-rejected",
                clock.instant().minus(settings.inbound().rejectionAnswerInterval()));
        inbox.record(message, "REJECTED", null, why + (answer ? "; respondido" : "; já respondido hoje"), kept(raw));
        if (answer) {
            plainAnswer(message, "reply-rejected", Map.of("blocked", sender.isPresent() && sender.get().active()));
        }
    }

    /** An answer to a message that has no ticket (or whose ticket the sender may not see). */
    private void plainAnswer(InboundMessage message, String template, Map<String, ?> model) {
        String subject = message.subject() == null || message.subject().isBlank() ? "Sua mensagem"
                : message.subject().regionMatches(true, 0, "Re:", 0, 3) ? message.subject() : "Re: " + message.subject();
        List<String> references = new ArrayList<>(message.referencedIds());
        if (message.messageId() != null) {
            references.add(message.messageId());
        }
        queue.enqueue(new MailQueue.Envelope(message.sender(), null, template, subject, message.messageId(),
                references, MailQueue.AUTO_REPLIED), model);
    }

    /** The ticket a message refers to: our Message-IDs in its headers first, then the subject tag. */
    Optional<TicketNumber> referencedTicket(InboundMessage message) {
        Optional<Long> byHeader = outbox.ticketOfMessage(message.referencedIds());
        if (byHeader.isPresent()) {
            return byHeader.map(TicketNumber::of);
        }
        for (String id : message.referencedIds()) {
            Matcher ours = OUR_MESSAGE_ID.matcher(id);
            if (ours.find() && id.endsWith(domain() + ">")) {
                return TicketNumber.parse(ours.group(1));
            }
        }
        if (message.subject() != null) {
            Matcher tag = SUBJECT_TAG.matcher(message.subject());
            if (tag.find()) {
                return TicketNumber.parse(tag.group(1));
            }
        }
        return Optional.empty();
    }

    private String domain() {
        return settings.supportAddress().substring(settings.supportAddress().indexOf('@') + 1);
    }

    private TicketDraft followUpDraft(Ticket parent, InboundMessage message) {
        String subject = "Acompanhamento: " + parent.getSubject();
        return new TicketDraft(parent.getType(), Channel.EMAIL,
                parent.getProduct() != null ? parent.getProduct() : settings.inbound().defaultProduct(),
                parent.getRoutine(), parent.getProductVersion(), parent.getEnvironment(),
                subject.length() > 200 ? subject.substring(0, 200) : subject, textOf(message, dropped(message)),
                Impact.MEDIO, Urgency.MEDIA);
    }

    private static String subjectOf(InboundMessage message) {
        String subject = message.subject() == null || message.subject().isBlank() ? "(sem assunto)"
                : message.subject().strip();
        return subject.length() > 200 ? subject.substring(0, 200) : subject;
    }

    /** The customer's words, with a note of files the attachment rules refused. */
    private String textOf(InboundMessage message, List<String> dropped) {
        String text = message.text().isBlank() ? "(mensagem sem texto)" : message.text();
        if (!dropped.isEmpty()) {
            text += "\n\n[Anexos não aceitos: " + String.join(", ", dropped) + ". Tipos aceitos: "
                    + attachmentSettings.allowedList() + ".]";
        }
        return text;
    }

    /** The files the attachment rules accept (type by extension, non-empty, at most max-files-per-upload). */
    private List<NewAttachment> files(InboundMessage message) {
        List<NewAttachment> files = new ArrayList<>();
        for (InboundMessage.Attachment a : message.attachments()) {
            if (accepted(a) && files.size() < attachmentSettings.maxFilesPerUpload()) {
                byte[] bytes = a.bytes();
                files.add(new NewAttachment(a.fileName(), a.contentType(), () -> new ByteArrayInputStream(bytes)));
            }
        }
        return files;
    }

    private List<String> dropped(InboundMessage message) {
        List<String> dropped = new ArrayList<>();
        int accepted = 0;
        for (InboundMessage.Attachment a : message.attachments()) {
            if (!accepted(a) || ++accepted > attachmentSettings.maxFilesPerUpload()) {
                dropped.add(a.fileName());
            }
        }
        return dropped;
    }

    private boolean accepted(InboundMessage.Attachment a) {
        String name = a.fileName() == null ? "" : a.fileName();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        return a.bytes().length > 0 && attachmentSettings.allowedExtensions().contains(extension);
    }

    /** R5: the channels a company of this offer may use. */
    static List<String> channelsFor(Offer offer) {
        List<String> channels = new ArrayList<>(List.of("Portal do Cliente", "App", "fluig",
                "Telefone 4003-0015"));
        if (offer == Offer.CLOUD || offer == Offer.FLY01 || offer == Offer.PRIME) {
            channels.add(1, "Chat");
        }
        return channels;
    }

    /** Errors of the domain modules carry a message for the customer: they are answered, not retried. */
    private static boolean isRefusal(RuntimeException e) {
        String type = e.getClass().getName();
        return type.startsWith("io.atende.") && !type.startsWith("io.atende.mail.");
    }

    private static byte[] kept(byte[] raw) {
        return raw == null || raw.length > MAX_KEPT_RAW ? null : raw;
    }

    private static String headerOf(byte[] raw, String name) {
        String head = new String(raw, 0, Math.min(raw.length, 64 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher matcher = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*(?:\\r?\\n[ \\t].*)*)").matcher(head);
        return matcher.find() ? matcher.group(1).replaceAll("\\r?\\n[ \\t]+", " ").strip() : null;
    }
}
