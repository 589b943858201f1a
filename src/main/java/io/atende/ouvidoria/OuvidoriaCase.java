package io.atende.ouvidoria;

import io.atende.ouvidoria.OuvidoriaEvents.*;
import io.atende.ticket.TicketNumber;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A customer's escalation to the Ouvidoria (R13): the earlier tickets (or, by phone, the recorded
 * occurrence) it is about, the response target, the response and the closure.
 */
@Entity
@Table(name = "ouvidoria_case")
public class OuvidoriaCase extends AbstractAggregateRoot<OuvidoriaCase> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ouvidoria_case_seq")
    @SequenceGenerator(name = "ouvidoria_case_seq", sequenceName = "ouvidoria_case_seq", allocationSize = 1)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "contact_id", nullable = false)
    private Long contactId;

    @Enumerated(EnumType.STRING) @Column(nullable = false)
    private OuvidoriaChannel channel;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column(columnDefinition = "text")
    private String occurrence;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Enumerated(EnumType.STRING) @Column(nullable = false)
    private OuvidoriaStatus status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "response_due_at", nullable = false)
    private Instant responseDueAt;

    @Column(name = "breached_at")
    private Instant breachedAt;

    @Column(columnDefinition = "text")
    private String response;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ouvidoria_case_ticket", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "ticket_id", nullable = false)
    private List<Long> ticketIds = new ArrayList<>();

    protected OuvidoriaCase() {
    }

    /**
     * Opens a case. It needs at least one earlier ticket, or, when an agent records it by phone,
     * the occurrence the customer reports (R13).
     */
    static OuvidoriaCase open(Long companyId, Long contactId, OuvidoriaChannel channel, List<TicketNumber> tickets,
            String description, String occurrence, String recordedBy, Instant responseDueAt, Instant at) {
        boolean hasOccurrence = occurrence != null && !occurrence.isBlank();
        if (tickets.isEmpty() && !(channel == OuvidoriaChannel.TELEFONE && hasOccurrence)) {
            throw new InvalidOuvidoriaRequestException("ticketNumbers", "A Ouvidoria atende depois que outro canal foi "
                    + "usado: informe o número de ao menos um ticket anterior da sua empresa sobre o assunto.");
        }
        OuvidoriaCase c = new OuvidoriaCase();
        c.companyId = companyId;
        c.contactId = contactId;
        c.channel = channel;
        c.description = description;
        c.occurrence = hasOccurrence ? occurrence : null;
        c.recordedBy = recordedBy;
        c.status = OuvidoriaStatus.ABERTA;
        c.openedAt = at;
        c.responseDueAt = responseDueAt;
        tickets.forEach(t -> c.ticketIds.add(t.value()));
        return c;
    }

    /** Publishes the opening once the case has its number (generated on persist). */
    void announceOpening() {
        registerEvent(new OuvidoriaOpened(number(), companyId, contactId, channel, tickets(), responseDueAt, openedAt));
    }

    /** The response target passed with the case still open; kept once. */
    public boolean recordOverdue(Instant at) {
        if (status != OuvidoriaStatus.ABERTA || breachedAt != null) {
            return false;
        }
        breachedAt = at;
        registerEvent(new OuvidoriaResponseOverdue(number(), responseDueAt, at));
        return true;
    }

    /** The Ouvidoria's response to the customer. */
    public void answer(String response, String author, Instant at) {
        if (status != OuvidoriaStatus.ABERTA || this.response != null) {
            throw new OuvidoriaStateException("A manifestação " + number() + " já foi respondida.");
        }
        if (response == null || response.isBlank()) {
            throw new OuvidoriaStateException("Escreva a resposta ao cliente.");
        }
        this.response = response.trim();
        this.answeredBy = author;
        this.answeredAt = at;
        registerEvent(new OuvidoriaAnswered(number(), contactId, this.response, author, at));
    }

    /** Closes the answered case; the satisfaction survey follows (R21). */
    public void close(String team, Instant at) {
        if (status != OuvidoriaStatus.ABERTA || response == null) {
            throw new OuvidoriaStateException("A manifestação " + number() + " só é encerrada depois de respondida.");
        }
        status = OuvidoriaStatus.ENCERRADA;
        closedAt = at;
        registerEvent(new OuvidoriaClosed(number(), companyId, contactId, team, at));
    }

    public OuvidoriaNumber number() {
        return OuvidoriaNumber.of(id);
    }

    public List<TicketNumber> tickets() {
        return ticketIds.stream().map(TicketNumber::of).toList();
    }

    public Long getCompanyId() { return companyId; }
    public Long getContactId() { return contactId; }
    public OuvidoriaChannel getChannel() { return channel; }
    public String getDescription() { return description; }
    public String getOccurrence() { return occurrence; }
    public String getRecordedBy() { return recordedBy; }
    public OuvidoriaStatus getStatus() { return status; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getResponseDueAt() { return responseDueAt; }
    public Instant getBreachedAt() { return breachedAt; }
    public String getResponse() { return response; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getClosedAt() { return closedAt; }
}
