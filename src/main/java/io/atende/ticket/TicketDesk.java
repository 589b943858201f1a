package io.atende.ticket;

import static io.atende.ticket.TicketProcess.*;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.platform.ProcessVariable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What customers do with tickets, on any channel (R16–R19). Every action is one transaction with
 * the engine: a refused or failed action leaves no row, no process instance and no message behind.
 */
@Service
@Transactional
public class TicketDesk {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    /**
     * The deepest page a list reads (issue 12): far past any real list, and page × size stays well inside the
     * int offsets the database drivers take (page=2147483647 answered 500). Deeper pages are empty.
     */
    public static final int MAX_PAGE = 1_000_000;
    /** How deep a list of several statuses may go: each status query reads up to the page's end. */
    static final int MAX_MERGED_OFFSET = 100_000;

    /** {@code page} within 0..{@link #MAX_PAGE}. */
    public static int pageWithin(int page) {
        return Math.min(Math.max(page, 0), MAX_PAGE);
    }

    private static final Logger log = LoggerFactory.getLogger(TicketDesk.class);

    /** An upper bound on opened_at that excludes nothing (see {@link Tickets}). */
    private static final Instant NO_LATER_THAN = Instant.parse("9999-12-31T00:00:00Z");

    private final Tickets tickets;
    private final TicketHistory history;
    private final AttachmentStore attachments;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final ChannelEntitlement entitlement;
    private final CustomerDirectory customers;
    private final ClassificationGuard classification;

    TicketDesk(Tickets tickets, TicketHistory history, AttachmentStore attachments, RuntimeService runtimeService,
            Clock clock, ChannelEntitlement entitlement, CustomerDirectory customers, ClassificationGuard classification) {
        this.tickets = tickets;
        this.classification = classification;
        this.history = history;
        this.attachments = attachments;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.entitlement = entitlement;
        this.customers = customers;
    }

    /**
     * Opens a ticket and starts its lifecycle; {@code parentNumber} (may be null) makes it a follow-up (R19).
     * Every channel opens tickets here, so this is where entitlement is enforced: a blocked company only
     * reaches CST with an ADMINISTRATIVO ticket (R4), and the channel must be one the offer includes (R5).
     *
     * @throws CompanyBlockedException when the company is blocked and the ticket is not ADMINISTRATIVO
     * @throws io.atende.ticket.internal.ChannelNotAllowedException when the customer's offer does not include the
     *         draft's channel
     */
    public Ticket open(Customer customer, TicketDraft draft, String parentNumber) {
        return open(customer, draft, parentNumber, List.of());
    }

    /** Opens a ticket with files attached to its description (R7, R16). */
    public Ticket open(Customer customer, TicketDraft draft, String parentNumber, List<NewAttachment> files) {
        return open(customer, draft, parentNumber, files, customer.contactName(), Map.of());
    }

    /**
     * An agent opens the ticket of a caller whose identity they confirmed (issue 15, the Atendimento Telefônico
     * channel): channel TELEFONE, the same rules as any opening (R4 block, the offer's channels), the history naming
     * the caller and the agent who recorded it, the usual "ticket aberto" e-mail. A Consultoria Telefônica call's
     * time starts at {@code callStartedAt}: the analysis form shows it as the start (R10).
     *
     * @throws InvalidTicketException when the contact is inactive or the draft is not a phone draft
     */
    public Ticket openByPhone(Customer caller, TicketDraft draft, String agentName, Instant callStartedAt) {
        if (!caller.active()) {
            throw new InvalidTicketException("contato", "O contato " + caller.contactName() + " está desativado e não "
                    + "abre tickets. O administrador da empresa pode reativá-lo no Portal do Cliente (Contatos).");
        }
        if (draft.channel() != Channel.TELEFONE) {
            throw new InvalidTicketException("channel", "Um ticket aberto por telefone tem o canal TELEFONE.");
        }
        Map<String, Object> extra = new HashMap<>();
        if (draft.type() == TicketType.CONSULTORIA_TELEFONICA && callStartedAt != null) {
            VAR_CONSULTING_STARTED_AT.putInto(extra, java.time.LocalDateTime.ofInstant(callStartedAt,
                    io.atende.sla.BusinessCalendars.ZONE).withSecond(0).withNano(0).toString());
        }
        return open(caller, draft, null, List.of(), caller.contactName() + " (por telefone, registrado por "
                + agentName + ")", extra);
    }

    private Ticket open(Customer customer, TicketDraft draft, String parentNumber, List<NewAttachment> files,
            String author, Map<String, Object> extraVariables) {
        if (customer.companyBlocked() && draft.type() != TicketType.ADMINISTRATIVO) {
            throw new CompanyBlockedException();
        }
        entitlement.requireAllowed(customer, draft.channel(), ServicePurpose.ATENDIMENTO);
        Instant now = clock.instant();
        Ticket parent = parentNumber == null || parentNumber.isBlank() ? null : parentFor(customer, parentNumber);
        Ticket ticket = tickets.saveAndFlush(Ticket.open(draft, customer.companyId(), customer.contactId(),
                author, parent, now));
        if (!files.isEmpty()) {
            attachments.store(ticket, ticket.lastEntry(), customer.contactName(), files);
        }
        ticket.announceOpening(now);
        tickets.save(ticket);
        if (parent != null) {
            parent.noteFollowUp(ticket.number(), customer.contactName(), now);
            tickets.save(parent);
        }
        Map<String, Object> variables = ProcessVariable.map(VAR_TYPE.is(draft.type()), VAR_PRODUCT.is(draft.product()),
                VAR_OFFER.is(customer.offer()), VAR_IMPACT.is(draft.impact()), VAR_URGENCY.is(draft.urgency()),
                VAR_CONTRACT_TEAM.is(customers.contractTerms(customer.companyId()).customizationTeam()));
        Optional<String> problem = classification.problem(variables);
        if (problem.isPresent()) {
            ticket.noteClassificationPending(now);
            tickets.save(ticket);
            classification.holdForRepair(ticket, variables, problem.get());
            return ticket;
        }
        variables.putAll(extraVariables);
        runtimeService.startProcessInstanceByKey(KEY, ticket.number().toString(), variables);
        return ticket;
    }

    @Transactional(readOnly = true)
    public Ticket find(Customer viewer, String number) {
        Ticket ticket = TicketNumber.parse(number).flatMap(n -> tickets.findById(n.value()))
                .orElseThrow(() -> new TicketNotFoundException(number));
        return visible(viewer, number, ticket);
    }

    /** Like {@link #find}, with the ticket's row locked for this transaction (verdicts on a proposal). */
    private Ticket findForChange(Customer viewer, String number) {
        Ticket ticket = TicketNumber.parse(number).flatMap(n -> tickets.findForChange(n.value()))
                .orElseThrow(() -> new TicketNotFoundException(number));
        return visible(viewer, number, ticket);
    }

    private Ticket visible(Customer viewer, String number, Ticket ticket) {
        if (!ticket.getCompanyId().equals(viewer.companyId())) {
            log.warn("Contact {} of company {} tried to reach ticket {} of company {}", viewer.contactId(),
                    viewer.companyId(), number, ticket.getCompanyId());
            throw new TicketNotFoundException(number);
        }
        if (!viewer.administrator() && !ticket.getContactId().equals(viewer.contactId())) {
            throw new TicketNotFoundException(number);
        }
        return ticket;
    }

    /**
     * A page of the tickets a contact may see, newest first: their own, or the whole company's for its
     * administrator (R2). A slice: it says whether a next page exists, never counts all rows.
     */
    @Transactional(readOnly = true)
    public Slice<Ticket> list(Customer viewer, int page, int size) {
        Pageable pageable = PageRequest.of(pageWithin(page), size);
        return viewer.administrator()
                ? tickets.findByCompanyIdAndOpenedAtBeforeOrderByCompanyIdAscOpenedAtDesc(viewer.companyId(), NO_LATER_THAN,
                        pageable)
                : tickets.findByContactIdAndOpenedAtBeforeOrderByContactIdAscOpenedAtDesc(viewer.contactId(), NO_LATER_THAN,
                        pageable);
    }

    /**
     * Like {@link #list(Customer, int, int)}, only the tickets in one of {@code statuses} (R7 dashboard): one
     * index-ordered query per status, merged newest first, so each reads at most its share of the page.
     */
    @Transactional(readOnly = true)
    public Slice<Ticket> list(Customer viewer, Collection<TicketStatus> statuses, int page, int size) {
        long offset = (long) pageWithin(page) * size;
        if (offset > MAX_MERGED_OFFSET) {
            // each status query reads up to the page's end: deeper than this is refused work, not a memory spike
            return new SliceImpl<>(List.of(), PageRequest.of(pageWithin(page), size), false);
        }
        int first = (int) offset;
        Pageable upToPage = PageRequest.of(0, first + size + 1);
        List<Ticket> merged = new ArrayList<>();
        for (TicketStatus status : EnumSet.copyOf(statuses)) {
            merged.addAll(viewer.administrator()
                    ? tickets.findByStatusAndCompanyIdOrderByStatusAscCompanyIdAscOpenedAtDesc(status, viewer.companyId(),
                            upToPage).getContent()
                    : tickets.findByStatusAndContactIdOrderByStatusAscContactIdAscOpenedAtDesc(status, viewer.contactId(),
                            upToPage).getContent());
        }
        merged.sort(Comparator.comparing(Ticket::getOpenedAt).reversed());
        List<Ticket> content = merged.subList(Math.min(first, merged.size()), Math.min(first + size, merged.size()));
        return new SliceImpl<>(List.copyOf(content), PageRequest.of(pageWithin(page), size),
                merged.size() > first + size);
    }

    /**
     * How many of the tickets the viewer may see are in each status (R7 dashboard), each counted up to
     * {@code cap + 1}: a count above {@code cap} means "more than cap". Each status is one index range
     * (owner, status) read at most cap + 1 entries deep, so the dashboard costs the same at a thousand
     * tickets or a million.
     */
    @Transactional(readOnly = true)
    public Map<TicketStatus, Long> countByStatus(Customer viewer, int cap) {
        Map<TicketStatus, Long> counts = new EnumMap<>(TicketStatus.class);
        for (TicketStatus status : TicketStatus.values()) {
            long count = viewer.administrator()
                    ? tickets.countOfCompanyInStatus(viewer.companyId(), status.name(), cap + 1)
                    : tickets.countOfContactInStatus(viewer.contactId(), status.name(), cap + 1);
            if (count > 0) {
                counts.put(status, count);
            }
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public List<HistoryItem> history(Customer viewer, String number) {
        return history.forCustomer(find(viewer, number));
    }

    /** A customer's message on the ticket; it resumes the analysis when the team was waiting for it (R6, R17). */
    public Ticket reply(Customer customer, String number, String text) {
        return reply(customer, number, text, List.of());
    }

    /** A customer's message with files (e.g. an e-mail reply with a spreadsheet attached). */
    public Ticket reply(Customer customer, String number, String text, List<NewAttachment> files) {
        // locked first, like the team's resume without the reply (ResumeWithoutReply): one waits for the other
        Ticket ticket = findForChange(customer, number);
        boolean resumes = ticket.reply(text, customer.contactName(), clock.instant());
        tickets.saveAndFlush(ticket);
        if (!files.isEmpty()) {
            attachments.store(ticket, ticket.lastEntry(), customer.contactName(), files);
        }
        if (resumes) {
            correlate(MESSAGE_CUSTOMER_REPLIED, ticket, "O ticket " + number + " não está aguardando resposta.");
        }
        return ticket;
    }

    /** The customer accepts the Solution Proposal: the ticket closes (R18). */
    public Ticket accept(Customer customer, String number) {
        Ticket ticket = findForChange(customer, number);
        ticket.accept(customer.contactName(), clock.instant());
        tickets.save(ticket);
        correlate(MESSAGE_ACCEPTED, ticket, "A proposta do ticket " + number + " não pode mais ser aceita.");
        return ticket;
    }

    /** The customer contests the Solution Proposal within the window: back to the team (R18). */
    public Ticket contest(Customer customer, String number, String reason) {
        if (reason != null && reason.length() > Ticket.CUSTOMER_TEXT_MAX) {
            throw new InvalidTicketException("reason", String.format(PT_BR, "O motivo tem %,d caracteres; o limite é "
                    + "%,d. Resuma o motivo e envie os detalhes como resposta ao ticket.", reason.length(),
                    Ticket.CUSTOMER_TEXT_MAX));
        }
        Ticket ticket = findForChange(customer, number);
        ticket.contest(reason, customer.contactName(), clock.instant());
        tickets.save(ticket);
        correlate(MESSAGE_CONTESTED, ticket, "O prazo para contestar o ticket " + number
                + " terminou. Abra um ticket de acompanhamento a partir dele.");
        return ticket;
    }

    /**
     * The ticket a follow-up continues: one the contact may read (R2, R19), with the same refusal as reading
     * it, so a follow-up never reveals a colleague's ticket (its history and attachments are inherited).
     */
    private Ticket parentFor(Customer customer, String parentNumber) {
        return find(customer, parentNumber);
    }

    private void correlate(String message, Ticket ticket, String refusal) {
        try {
            runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(ticket.number().toString())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            // The process moved on (e.g. the contest window timer fired first): the whole action is refused.
            throw new TicketStateException(refusal);
        }
    }
}
