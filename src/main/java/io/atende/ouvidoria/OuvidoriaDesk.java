package io.atende.ouvidoria;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.sla.BusinessCalendars;
import io.atende.sla.DeadlineTerms;
import io.atende.ticket.AuthorKind;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketNumber;
import io.atende.ticket.TicketReferences;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import io.atende.ouvidoria.process.OuvidoriaProcess;
import io.atende.platform.ProcessVariable;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Ouvidoria's front desk (R13): customers escalate earlier tickets, agents record phone
 * escalations, everyone follows a case. Each action is one transaction with the engine: a refused
 * request leaves no case row, no history note and no process instance.
 */
@Service
@Transactional
public class OuvidoriaDesk {

    /** The team (Camunda group) that answers the cases. */
    public static final String TEAM = "ouvidoria";

    static final int DESCRIPTION_MAX = 20_000;
    static final int MAX_TICKETS = 20;

    private final OuvidoriaCases cases;
    private final TicketReferences tickets;
    private final CustomerDirectory customers;
    private final BusinessCalendars calendars;
    private final DeadlineTerms deadlines;
    private final RuntimeService runtimeService;
    private final Clock clock;

    OuvidoriaDesk(OuvidoriaCases cases, TicketReferences tickets, CustomerDirectory customers,
            BusinessCalendars calendars, DeadlineTerms deadlines, RuntimeService runtimeService, Clock clock) {
        this.cases = cases;
        this.tickets = tickets;
        this.customers = customers;
        this.calendars = calendars;
        this.deadlines = deadlines;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /**
     * A customer escalates earlier tickets of their company on the portal (R13).
     *
     * @throws InvalidOuvidoriaRequestException without a ticket or description
     * @throws io.atende.ticket.TicketNotFoundException for a number the contact may not see
     */
    public OuvidoriaCase open(Customer customer, List<String> ticketNumbers, String description) {
        List<String> numbers = numbers(ticketNumbers);
        if (numbers.isEmpty()) {
            throw new InvalidOuvidoriaRequestException("ticketNumbers", "A Ouvidoria atende depois que outro canal foi "
                    + "usado: informe em 'ticketNumbers' o número de ao menos um ticket anterior da sua empresa.");
        }
        List<Ticket> referenced = tickets.visibleTo(customer, numbers);
        return start(customer, OuvidoriaChannel.PORTAL, referenced, description(description), null, null,
                customer.contactName(), AuthorKind.CUSTOMER);
    }

    /**
     * An agent records an escalation the customer made by phone (R13, option 8): the earlier
     * tickets of the company, or the occurrence as the customer reports it (protocols, documents).
     */
    public OuvidoriaCase record(String agent, String contactEmail, List<String> ticketNumbers, String occurrence,
            String description) {
        Customer customer = contactEmail == null ? null : customers.byEmail(contactEmail.trim()).filter(Customer::active)
                .orElse(null);
        if (customer == null) {
            throw new InvalidOuvidoriaRequestException("contactEmail", "Informe em 'contactEmail' o e-mail de um "
                    + "contato ativo da empresa cliente.");
        }
        List<String> numbers = numbers(ticketNumbers);
        boolean noOccurrence = occurrence == null || occurrence.isBlank();
        if (numbers.isEmpty() && noOccurrence) {
            throw new InvalidOuvidoriaRequestException("ticketNumbers", "Informe os tickets anteriores do cliente em "
                    + "'ticketNumbers' ou, se ele não os tem, a ocorrência relatada (protocolos, documentos) em 'occurrence'.");
        }
        List<Ticket> referenced = tickets.ofCompany(customer.companyId(), numbers);
        return start(customer, OuvidoriaChannel.TELEFONE, referenced, description(description),
                noOccurrence ? null : limited("occurrence", occurrence), agent, agent, AuthorKind.AGENT);
    }

    /** A case the contact may see: one they opened, or any of the company's for its administrator. */
    @Transactional(readOnly = true)
    public OuvidoriaCase find(Customer viewer, String number) {
        return OuvidoriaNumber.parse(number).flatMap(n -> cases.findById(n.value()))
                .filter(c -> c.getCompanyId().equals(viewer.companyId()))
                .filter(c -> viewer.administrator() || c.getContactId().equals(viewer.contactId()))
                .orElseThrow(() -> new OuvidoriaNotFoundException(number));
    }

    /** A case by its number, for the staff and the process. */
    @Transactional(readOnly = true)
    public OuvidoriaCase find(OuvidoriaNumber number) {
        return cases.findById(number.value()).orElseThrow(() -> new OuvidoriaNotFoundException(number.toString()));
    }

    /** The earlier tickets the case names, with their whole histories available through {@link TicketReferences}. */
    @Transactional(readOnly = true)
    public List<Ticket> referencedTickets(OuvidoriaCase c) {
        return c.tickets().stream().map(n -> tickets.byNumber(n).orElseThrow()).toList();
    }

    /** The response target passed with the case open. */
    public boolean recordOverdue(OuvidoriaNumber number) {
        OuvidoriaCase c = find(number);
        boolean recorded = c.recordOverdue(clock.instant());
        cases.save(c);
        return recorded;
    }

    /** Sends the Ouvidoria's response to the customer (the e-mail module listens). */
    public OuvidoriaCase answer(OuvidoriaNumber number, String response, String agent) {
        OuvidoriaCase c = find(number);
        c.answer(response, agent, clock.instant());
        return cases.save(c);
    }

    /** Closes the answered case; the survey module invites the customer (R21). */
    public OuvidoriaCase close(OuvidoriaNumber number) {
        OuvidoriaCase c = find(number);
        c.close(TEAM, clock.instant());
        return cases.save(c);
    }

    private OuvidoriaCase start(Customer customer, OuvidoriaChannel channel, List<Ticket> referenced,
            String description, String occurrence, String recordedBy, String author, AuthorKind authorKind) {
        Instant now = clock.instant();
        DeadlineTerms.Term term = deadlines.businessDays(DeadlineTerms.Deadline.OUVIDORIA_RESPONSE);
        Instant due = calendars.endOfBusinessDaysAfter(term.calendar(), customer.location(), now, term.businessDays());
        List<TicketNumber> numbers = referenced.stream().map(Ticket::number).toList();
        OuvidoriaCase c = cases.saveAndFlush(OuvidoriaCase.open(customer.companyId(), customer.contactId(), channel,
                numbers, description, occurrence, recordedBy, due, now));
        c.announceOpening();
        cases.save(c);
        tickets.noteEscalation(numbers, c.number().toString(), author, authorKind, now);
        runtimeService.startProcessInstanceByKey(OuvidoriaProcess.KEY, c.number().toString(),
                ProcessVariable.map(OuvidoriaProcess.VAR_RESPONSE_DUE_AT.is(due)));
        return c;
    }

    private static List<String> numbers(List<String> ticketNumbers) {
        if (ticketNumbers == null) {
            return List.of();
        }
        List<String> numbers = ticketNumbers.stream().filter(n -> n != null && !n.isBlank()).map(String::trim)
                .distinct().toList();
        if (numbers.size() > MAX_TICKETS) {
            throw new InvalidOuvidoriaRequestException("ticketNumbers", "Informe no máximo " + MAX_TICKETS + " tickets.");
        }
        return numbers;
    }

    private static String description(String description) {
        if (description == null || description.isBlank()) {
            throw new InvalidOuvidoriaRequestException("description", "O campo 'description' é obrigatório: descreva "
                    + "o motivo da manifestação.");
        }
        return limited("description", description);
    }

    private static String limited(String field, String text) {
        String trimmed = text.trim();
        if (trimmed.length() > DESCRIPTION_MAX) {
            throw new InvalidOuvidoriaRequestException(field, "O campo '" + field + "' aceita no máximo "
                    + DESCRIPTION_MAX + " caracteres.");
        }
        return trimmed;
    }
}
