package io.atende.mail.internal;

import io.atende.mail.Brasilia;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketLookup;
import io.atende.ticket.TicketNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Messages about one ticket: to its contact and, when it concerns the company, its administrator;
 * threaded on the ticket's earlier messages (In-Reply-To the newest, References the chain).
 */
@Component
public class TicketMail {

    /** Who hears of an event. */
    public enum Audience {
        /** The contact who opened the ticket: they act on it. */
        CONTACT,
        /** The contact and, if another person, the company's administrator (R1, R2): company-wide news. */
        CONTACT_AND_ADMINISTRATOR
    }

    /** RFC 5322 advises trimming long References; we keep the first and the newest ones. */
    private static final int MAX_REFERENCES = 10;
    private static final Logger log = LoggerFactory.getLogger(TicketMail.class);

    private final TicketLookup tickets;
    private final CustomerDirectory customers;
    private final MailQueue queue;
    private final Outbox outbox;

    TicketMail(TicketLookup tickets, CustomerDirectory customers, MailQueue queue, Outbox outbox) {
        this.tickets = tickets;
        this.customers = customers;
        this.queue = queue;
        this.outbox = outbox;
    }

    /** Queues the template about the ticket to its audience, in the current transaction. */
    public void notify(TicketNumber number, String template, Audience audience, Map<String, ?> extra) {
        Optional<Ticket> found = tickets.byNumber(number);
        if (found.isEmpty()) {
            log.warn("No ticket {} for e-mail {}", number, template);
            return;
        }
        Ticket ticket = found.get();
        Map<String, Customer> recipients = new LinkedHashMap<>();
        customers.byContactId(ticket.getContactId()).filter(Customer::active).ifPresent(c -> recipients.put(c.email(), c));
        if (audience == Audience.CONTACT_AND_ADMINISTRATOR) {
            customers.administratorOf(ticket.getCompanyId()).ifPresent(a -> recipients.putIfAbsent(a.email(), a));
        }
        for (Customer recipient : recipients.values()) {
            Map<String, Object> model = model(ticket, recipient);
            model.putAll(extra);
            send(ticket, recipient.email(), template, model, null, MailQueue.AUTO_GENERATED);
        }
    }

    /** Answers a customer's e-mail about a ticket, in the ticket's thread and replying to their message. */
    public void answer(Ticket ticket, Customer recipient, String inReplyTo, String template, Map<String, ?> extra) {
        Map<String, Object> model = model(ticket, recipient);
        model.putAll(extra);
        send(ticket, recipient.email(), template, model, inReplyTo, MailQueue.AUTO_REPLIED);
    }

    private void send(Ticket ticket, String to, String template, Map<String, Object> model, String inReplyTo,
            String autoSubmitted) {
        List<String> thread = outbox.thread(ticket.getId(), to);
        List<String> references = trim(thread);
        String parent = inReplyTo != null ? inReplyTo : thread.isEmpty() ? null : thread.get(thread.size() - 1);
        if (inReplyTo != null && !references.contains(inReplyTo)) {
            references.add(inReplyTo);
        }
        queue.enqueue(new MailQueue.Envelope(to, ticket.getId(), template, null, parent, references, autoSubmitted),
                model);
    }

    Map<String, Object> model(Ticket ticket, Customer recipient) {
        Map<String, Object> model = new HashMap<>();
        model.put("ticket", TicketView.of(ticket));
        model.put("recipientName", recipient.contactName());
        model.put("companyName", recipient.companyName());
        model.put("forAdministrator", !recipient.contactId().equals(ticket.getContactId()));
        customers.byContactId(ticket.getContactId()).ifPresent(c -> model.put("contactName", c.contactName()));
        return model;
    }

    private static List<String> trim(List<String> thread) {
        if (thread.size() <= MAX_REFERENCES) {
            return new ArrayList<>(thread);
        }
        List<String> trimmed = new ArrayList<>();
        trimmed.add(thread.get(0));
        trimmed.addAll(thread.subList(thread.size() - (MAX_REFERENCES - 1), thread.size()));
        return trimmed;
    }

    /** An article a message links to: its title and its page's full address. */
    public record ArticleView(String title, String url) {
    }

    /** What templates read of a ticket; times already in Brasília. */
    public record TicketView(long number, String subject, String status, String priority, String team,
            String openedAt, String slaDueAt, String contestDeadline, Long parentNumber) {

        static TicketView of(Ticket t) {
            return new TicketView(t.getId(), t.getSubject(), t.getStatus().name(),
                    t.getPriority() == null ? null : t.getPriority().name(), t.getTeam(),
                    Brasilia.format(t.getOpenedAt()), Brasilia.format(t.getSlaDueAt()),
                    Brasilia.format(t.getContestDeadline()), t.getParentId());
        }
    }
}
