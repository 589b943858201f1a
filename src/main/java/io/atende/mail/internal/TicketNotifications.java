package io.atende.mail.internal;

import io.atende.mail.Brasilia;
import static io.atende.mail.internal.TicketMail.Audience.CONTACT;
import static io.atende.mail.internal.TicketMail.Audience.CONTACT_AND_ADMINISTRATOR;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.account.Offer;
import io.atende.knowledge.ArticleHit;
import io.atende.knowledge.KnowledgeSearch.Reader;
import io.atende.knowledge.TicketArticles;
import io.atende.mail.MailSettings;
import io.atende.mail.internal.TicketMail.ArticleView;
import io.atende.ticket.CloseReason;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketEvents.InformationRequested;
import io.atende.ticket.TicketEvents.SolutionProposed;
import io.atende.ticket.TicketEvents.TicketClassified;
import io.atende.ticket.TicketEvents.TicketClosed;
import io.atende.ticket.TicketEvents.TeamReplied;
import io.atende.ticket.TicketEvents.TicketContested;
import io.atende.ticket.TicketLookup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells customers what happened to their tickets (R6, R16–R19). The events arrive inside the
 * transaction that caused them, so each message is in the outbox iff that transaction commits.
 *
 * <p>The "ticket opened" message is sent on {@link TicketClassified}, which follows TicketOpened in
 * the same transaction and carries what the message must say (classification, SLA deadline); a
 * ticket with a parent gets the follow-up message (R19). A Prime company's acknowledgement lists up to three public
 * articles matching the ticket (R7 in the e-mail channel); a proposal lists the public articles its solution cites
 * by their address (issue 14).
 *
 * <p>Extension points for events that live on other branches — add a listener here, one line each:
 * {@code OuvidoriaOpened} → {@code ouvidoria-opened}, {@code OuvidoriaAnswered} → {@code ouvidoria-answered},
 * {@code SurveyInvited} → {@code survey-invitation} (template ready: goodUrl, badUrl, expiresAt) with two
 * links from {@link io.atende.mail.Mailer#actionLink}
 * (actions {@code SURVEY_GOOD}/{@code SURVEY_BAD}) handled by a {@link io.atende.mail.OneClickAction} bean.
 */
@Component
class TicketNotifications {

    static final String ACCEPT = "ACCEPT";
    static final String CONTEST = "CONTEST";
    /** How many articles a Prime acknowledgement suggests at most. */
    static final int ACKNOWLEDGEMENT_ARTICLES = 3;

    private final TicketMail mail;
    private final TicketLookup tickets;
    private final ActionTokens tokens;
    private final MailSettings settings;
    private final CustomerDirectory customers;
    private final TicketArticles articles;

    TicketNotifications(TicketMail mail, TicketLookup tickets, ActionTokens tokens, MailSettings settings,
            CustomerDirectory customers, TicketArticles articles) {
        this.mail = mail;
        this.tickets = tickets;
        this.tokens = tokens;
        this.settings = settings;
        this.customers = customers;
        this.articles = articles;
    }

    @EventListener
    void opened(TicketClassified event) {
        Ticket ticket = tickets.byNumber(event.number()).orElseThrow();
        if (ticket.getParentId() != null) {
            mail.notify(event.number(), "follow-up-opened", CONTACT_AND_ADMINISTRATOR, Map.of());
            return;
        }
        mail.notify(event.number(), "ticket-opened", CONTACT_AND_ADMINISTRATOR, Map.of("articles", whileWaiting(ticket)));
    }

    /** R7 by e-mail: for a Prime company, up to three published, public articles matching the ticket. */
    private List<ArticleView> whileWaiting(Ticket ticket) {
        boolean prime = customers.byContactId(ticket.getContactId()).map(Customer::offer)
                .filter(Offer.PRIME::equals).isPresent();
        return prime ? views(articles.matching(ticket, Reader.PUBLIC, ACKNOWLEDGEMENT_ARTICLES)) : List.of();
    }

    private List<ArticleView> views(List<ArticleHit> hits) {
        return hits.stream().filter(h -> !h.internal())
                .map(h -> new ArticleView(h.title(), settings.publicUrl() + TicketArticles.path(h.key()))).toList();
    }

    @EventListener
    void informationRequested(InformationRequested event) {
        mail.notify(event.number(), "information-requested", CONTACT, Map.of("question", event.question()));
    }

    @EventListener
    void solutionProposed(SolutionProposed event) {
        Ticket ticket = tickets.byNumber(event.number()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("solution", event.solution());
        model.put("contestDeadline", Brasilia.format(event.contestDeadline()));
        model.put("acceptUrl", link(ACCEPT, ticket, event.contestDeadline()));
        model.put("contestUrl", link(CONTEST, ticket, event.contestDeadline()));
        model.put("citedArticles", views(articles.citedIn(event.solution())));
        mail.notify(event.number(), "solution-proposed", CONTACT, model);
    }

    @EventListener
    void contested(TicketContested event) {
        mail.notify(event.number(), "contest-received", CONTACT, Map.of("reason", event.reason()));
    }

    @EventListener
    void teamReplied(TeamReplied event) {
        mail.notify(event.number(), "team-reply", CONTACT, Map.of("reply", event.text(), "author", event.author()));
    }

    @EventListener
    void closed(TicketClosed event) {
        mail.notify(event.number(), "ticket-closed", CONTACT_AND_ADMINISTRATOR,
                Map.of("acceptedByCustomer", event.reason() == CloseReason.ACCEPTED));
    }

    String link(String action, Ticket ticket, java.time.Instant expiresAt) {
        return settings.publicUrl() + "/acao/" + tokens.create(action, ticket.getId(), ticket.getContactId(), expiresAt);
    }
}
