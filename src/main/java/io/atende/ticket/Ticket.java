package io.atende.ticket;

import static io.atende.ticket.TicketStatus.*;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import io.atende.ticket.TicketEvents.*;
import java.time.Instant;
import org.springframework.data.domain.AbstractAggregateRoot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A customer's request and its whole life (R16–R20). The status machine lives here: every change
 * goes through a method that refuses what the current status does not allow.
 */
@Entity
@Table(name = "ticket")
public class Ticket extends AbstractAggregateRoot<Ticket> {

    /**
     * The longest text a customer may write into a ticket in one go (description, reply, contest reason), on
     * every channel: API, portal, one-click page. The one place this limit is set.
     */
    public static final int CUSTOMER_TEXT_MAX = 20_000;

    private static final Set<TicketStatus> IN_ANALYSIS = EnumSet.of(ABERTO, EM_ANALISE);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 1)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "contact_id", nullable = false)
    private Long contactId;

    @Enumerated(EnumType.STRING) @Column(nullable = false)
    private TicketType type;

    @Enumerated(EnumType.STRING) @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private Product product;

    private String routine;

    @Column(name = "product_version")
    private String productVersion;

    @Enumerated(EnumType.STRING)
    private Environment environment;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Enumerated(EnumType.STRING) @Column(nullable = false)
    private Impact impact;

    @Enumerated(EnumType.STRING) @Column(nullable = false)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    private String team;

    @Enumerated(EnumType.STRING) @Column(nullable = false)
    private TicketStatus status;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "sla_due_at")
    private Instant slaDueAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "maintenance_due_at")
    private Instant maintenanceDueAt;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "contest_deadline")
    private Instant contestDeadline;

    /** When the customer accepted the proposal; the ticket closes when the lifecycle reaches its accepted end. */
    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING) @Column(name = "close_reason")
    private CloseReason closeReason;

    @Column(columnDefinition = "text")
    private String solution;

    @Column(name = "transfer_count", nullable = false)
    private int transferCount;

    /** In the reports' daily counts (a closed ticket): set only by {@link TicketStatistics#markCounted}. */
    @Column(nullable = false, insertable = false, updatable = false)
    private boolean counted;

    @Version
    private long version;

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<HistoryEntry> history = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL)
    @OrderBy("breachedAt")
    private List<SlaBreach> slaBreaches = new ArrayList<>();

    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL)
    @OrderBy("warnedAt")
    private List<SlaWarning> slaWarnings = new ArrayList<>();

    /** Written, never read here (an inverse bag: adding does not load it); the managers' backlog over time reads it. */
    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL)
    private List<QueueChange> queueChanges = new ArrayList<>();

    protected Ticket() {
    }

    /** Opens a ticket in the team's queue (R16); {@code parent} makes it a follow-up (R19). */
    public static Ticket open(TicketDraft draft, Long companyId, Long contactId, String author, Ticket parent,
            Instant at) {
        Ticket ticket = new Ticket();
        ticket.companyId = companyId;
        ticket.contactId = contactId;
        ticket.type = draft.type();
        ticket.channel = draft.channel();
        ticket.product = draft.product();
        ticket.routine = draft.routine();
        ticket.productVersion = draft.version();
        ticket.environment = draft.environment();
        ticket.subject = draft.subject();
        ticket.description = draft.description();
        ticket.impact = draft.impact();
        ticket.urgency = draft.urgency();
        ticket.moveTo(ABERTO, null, at);
        ticket.openedAt = at;
        if (parent != null) {
            if (!parent.companyId.equals(companyId)) {
                throw new IllegalArgumentException("A follow-up belongs to the company of its parent");
            }
            ticket.parentId = parent.id;
        }
        ticket.record(at, author, AuthorKind.CUSTOMER, HistoryKind.OPENED, draft.description());
        return ticket;
    }

    /**
     * The opening decisions' result: classification, team and the first SLA deadline (R20, R16). Once, while the
     * ticket waits in the queue unclassified; a later correction is {@link #reclassify}.
     */
    public void classify(Priority priority, String team, Instant slaDueAt, Instant at) {
        if (status != ABERTO || this.priority != null) {
            throw new TicketStateException("O ticket " + number() + " já foi classificado (situação " + status
                    + ", classificação " + this.priority + "); uma correção da classificação é uma reclassificação.");
        }
        if (priority == null || team == null || team.isBlank() || slaDueAt == null) {
            throw new IllegalArgumentException("A classification needs a priority, a team and a due instant");
        }
        this.priority = priority;
        moveTo(status, team, at);
        this.slaDueAt = slaDueAt;
        record(at, "Atende", AuthorKind.SYSTEM, HistoryKind.CLASSIFIED,
                "Classificação " + priority + ", equipe " + team + ".");
        registerEvent(new TicketClassified(number(), priority, team, slaDueAt, at));
    }

    /** R14: the company's Prime contract, not R20's table, set this ticket's targets. */
    public void noteContractTargets(int supportHours, int maintenanceDays, Instant at) {
        record(at, "Atende", AuthorKind.SYSTEM, HistoryKind.CLASSIFIED, "Metas do contrato Prime: atendimento em "
                + supportHours + " horas úteis, manutenção em " + maintenanceDays + " dias úteis.");
    }

    /** An agent took the ticket from the queue. */
    public void startAnalysis(String agent, Instant at) {
        if (status == ABERTO) {
            moveTo(EM_ANALISE, team, at);
            record(at, agent, AuthorKind.AGENT, HistoryKind.ANALYSIS_STARTED, null);
        }
    }

    /** The team asks the customer for information; the SLA clock stops (R17, R20). */
    public void requestInformation(String question, String agent, Instant at) {
        requireStatus(IN_ANALYSIS, "pedir informações");
        moveTo(AGUARDANDO_CLIENTE, team, at);
        slaDueAt = null;
        respond(at);
        record(at, agent, AuthorKind.AGENT, HistoryKind.INFORMATION_REQUESTED, question);
        registerEvent(new InformationRequested(number(), question, at));
    }

    /**
     * Records a customer's reply (R6, R17).
     *
     * @return true when the reply answers the team's question and analysis must resume
     */
    public boolean reply(String text, String author, Instant at) {
        if (isClosed()) {
            throw new TicketStateException("O ticket " + number() + " está encerrado e não recebe mais respostas. "
                    + "Abra um ticket de acompanhamento a partir dele.");
        }
        record(at, author, AuthorKind.CUSTOMER, HistoryKind.CUSTOMER_REPLY, text);
        registerEvent(new CustomerReplied(number(), text, at));
        if (status == AGUARDANDO_CLIENTE) {
            moveTo(ABERTO, team, at);
            return true;
        }
        return false;
    }

    /**
     * The team resumes the analysis without the customer's reply (e.g. the customer answered by phone); the reason
     * is in the history the customer reads, and the support target starts again (R17, R20).
     */
    public void resumeWithoutReply(String reason, String agent, Instant at) {
        requireStatus(Set.of(AGUARDANDO_CLIENTE), "retomar a análise sem a resposta do cliente");
        moveTo(ABERTO, team, at);
        record(at, agent, AuthorKind.AGENT, HistoryKind.ANALYSIS_RESUMED, reason);
    }

    /**
     * An agent corrects impact and urgency during the analysis (R20): the new classification and the support target
     * recomputed from the running clock's start are recorded, with the reason, for the customer to read too.
     */
    public void reclassify(Impact impact, Urgency urgency, Priority priority, Instant slaDueAt, String reason,
            String author, Instant at) {
        if (!IN_ANALYSIS.contains(status)) {
            throw new TicketStateException("A classificação do ticket " + number() + " muda durante a análise "
                    + "(Aberto ou Em análise); agora ele está " + status + ".");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidTicketException("motivo", "Diga por que a classificação muda: o cliente lê o motivo no "
                    + "histórico.");
        }
        if (why.length() > 4000) {
            throw new InvalidTicketException("motivo", "O motivo tem %d caracteres; o limite é 4000. Resuma o texto."
                    .formatted(why.length()));
        }
        if (impact == this.impact && urgency == this.urgency) {
            throw new InvalidTicketException("impacto", "O ticket já tem impacto " + impact + " e urgência " + urgency
                    + ". Escolha outra combinação.");
        }
        String before = this.impact + " × " + this.urgency + " (" + this.priority + "), prazo "
                + StaffFormat.due(this.slaDueAt);
        this.impact = impact;
        this.urgency = urgency;
        this.priority = priority;
        this.slaDueAt = slaDueAt;
        record(at, author, AuthorKind.AGENT, HistoryKind.RECLASSIFIED, "De " + before + " para " + impact + " × "
                + urgency + " (" + priority + "), prazo " + StaffFormat.due(slaDueAt) + ". Motivo: " + why);
    }

    /**
     * Analysis starts again with a whole new support deadline: after a contest, the customer's reply or the team's
     * resumption (R20). Only while the team holds the ticket for analysis; the clock never restarts on a ticket that
     * waits for the customer, is with Manutenção, has a pending proposal or is closed.
     */
    public void restartSla(Instant slaDueAt) {
        if (slaDueAt == null) {
            throw new IllegalArgumentException("A restarted support target needs its due instant");
        }
        requireStatus(IN_ANALYSIS, "reiniciar o prazo de atendimento");
        this.slaDueAt = slaDueAt;
    }

    /**
     * A decision failed when the ticket opened: the ticket is kept, without classification, team or SLA, until a
     * process administrator repairs the table (issue 13; process classification-repair).
     */
    public void noteClassificationPending(Instant at) {
        record(at, "Atende", AuthorKind.SYSTEM, HistoryKind.CLASSIFICATION_PENDING, "O ticket foi recebido. A "
                + "classificação, a equipe e o prazo de atendimento serão definidos em breve.");
    }

    /** Publishes the opening once the ticket has its number (it is generated on persist). */
    public void announceOpening(Instant at) {
        registerEvent(new TicketOpened(number(), parentId == null ? null : TicketNumber.of(parentId), at));
    }

    /** A confirmed non-conformity of the standard product goes to Manutenção (R22). */
    public void forwardToMaintenance(String nonConformity, String agent, Instant maintenanceDueAt, Instant at) {
        requireStatus(IN_ANALYSIS, "encaminhar para Manutenção");
        moveTo(EM_MANUTENCAO, team, at);
        this.maintenanceDueAt = maintenanceDueAt;
        respond(at);
        record(at, agent, AuthorKind.AGENT, HistoryKind.FORWARDED_TO_MAINTENANCE, nonConformity);
        registerEvent(new ForwardedToMaintenance(number(), maintenanceDueAt, at));
    }

    /**
     * Hands the ticket to another team; the SLA deadline does not move (R16: transfers are counted). A transfer to
     * the team that holds the ticket is refused.
     */
    public void transfer(String toTeam, String reason, String agent, Instant at) {
        requireStatus(IN_ANALYSIS, "transferir");
        if (toTeam == null || toTeam.isBlank()) {
            throw new InvalidTicketException("transferTo", "Informe a equipe de destino da transferência.");
        }
        if (toTeam.equals(team)) {
            throw new TicketStateException("O ticket " + number() + " já está com a equipe " + toTeam
                    + "; escolha outra equipe.");
        }
        String from = team;
        moveTo(ABERTO, toTeam, at);
        transferCount++;
        record(at, agent, AuthorKind.AGENT, HistoryKind.TRANSFERRED,
                "De " + from + " para " + toTeam + (reason == null || reason.isBlank() ? "." : ": " + reason));
        registerEvent(new TicketTransferred(number(), from, toTeam, at));
    }

    /** Sends the Solution Proposal: RESOLVIDO until the contest deadline (R18). */
    public void resolve(String solution, String agent, Instant contestDeadline, Instant at) {
        requireStatus(EnumSet.of(ABERTO, EM_ANALISE, EM_MANUTENCAO), "propor uma solução");
        moveTo(RESOLVIDO, team, at);
        this.solution = solution;
        this.resolvedAt = at;
        this.contestDeadline = contestDeadline;
        this.acceptedAt = null;
        this.slaDueAt = null;
        this.maintenanceDueAt = null;
        respond(at);
        record(at, agent, AuthorKind.AGENT, HistoryKind.SOLUTION_PROPOSED, solution);
        registerEvent(new SolutionProposed(number(), solution, contestDeadline, at));
    }

    /** The customer contests the proposal within the window: back to the team (R18). */
    public void contest(String reason, String author, Instant at) {
        requireOpenProposal(at, "contestar");
        moveTo(ABERTO, team, at);
        resolvedAt = null;
        contestDeadline = null;
        record(at, author, AuthorKind.CUSTOMER, HistoryKind.CONTESTED, reason);
        registerEvent(new TicketContested(number(), reason, at));
    }

    /**
     * The customer accepts the proposal (R18). The ticket closes when the lifecycle reaches its end for an accepted
     * proposal ({@link #closeAtEndOfProposal}); with the release's model that is at once.
     */
    public void accept(String author, Instant at) {
        requireOpenProposal(at, "aceitar a solução");
        acceptedAt = at;
        record(at, author, AuthorKind.CUSTOMER, HistoryKind.ACCEPTED, null);
    }

    /** The contest window ended without a contest: closed automatically (R18). */
    public void closeWhenContestWindowEnds(Instant at) {
        requireStatus(EnumSet.of(RESOLVIDO), "encerrar");
        close(CloseReason.CONTEST_WINDOW_ENDED, at);
    }

    /**
     * The lifecycle reached an end of the proposal: closed as accepted when the customer accepted it, else because
     * the contest window ended (R18).
     */
    public void closeAtEndOfProposal(Instant at) {
        requireStatus(EnumSet.of(RESOLVIDO), "encerrar");
        close(acceptedAt != null ? CloseReason.ACCEPTED : CloseReason.CONTEST_WINDOW_ENDED, at);
    }

    /** A target of R20 was missed; kept once per deadline. */
    public boolean recordSlaBreach(SlaBreach.Target target, Instant dueAt, Instant at) {
        boolean known = slaBreaches.stream().anyMatch(b -> b.getTarget() == target && b.getDueAt().equals(dueAt));
        if (known) {
            return false;
        }
        slaBreaches.add(new SlaBreach(this, target, team, dueAt, at));
        record(at, "Atende", AuthorKind.SYSTEM, HistoryKind.SLA_BREACHED,
                (target == SlaBreach.Target.SUPPORT ? "Prazo de atendimento" : "Prazo de manutenção")
                        + " vencido para a equipe " + team + ".");
        registerEvent(new SlaBreached(number(), target, team, dueAt, at));
        return true;
    }

    /**
     * The support target due at {@code dueAt} is near: the team holding the ticket is warned, once per team and
     * deadline (a transfer warns the new team too). Staff information: no history entry for the customer.
     */
    public boolean recordSlaWarning(Instant dueAt, Instant at) {
        boolean known = slaWarnings.stream().anyMatch(w -> w.getTeam().equals(team) && w.getDueAt().equals(dueAt));
        if (known) {
            return false;
        }
        slaWarnings.add(new SlaWarning(this, team, dueAt, at));
        registerEvent(new SlaWarned(number(), team, dueAt, at));
        return true;
    }

    /**
     * An agent's internal note: staff read it (staff page, task forms), the customer never does. Allowed in any
     * status, a closed ticket's too (what was learnt stays with it).
     */
    public void addInternalNote(String text, String authorId, String author, Instant at) {
        String note = staffText(text, "nota");
        record(at, author, AuthorKind.AGENT, HistoryKind.INTERNAL_NOTE, note);
        registerEvent(new InternalNoteAdded(number(), authorId, author, note, at));
    }

    /** An agent writes to the customer; the status does not change (a question that waits is "ask for information"). */
    public void replyAsTeam(String text, String author, Instant at) {
        if (isClosed()) {
            throw new TicketStateException("O ticket " + number() + " está encerrado: o cliente não acompanha mais "
                    + "este ticket. Registre uma nota interna, ou peça ao cliente um ticket de acompanhamento.");
        }
        String reply = staffText(text, "resposta");
        record(at, author, AuthorKind.AGENT, HistoryKind.TEAM_REPLY, reply);
        registerEvent(new TeamReplied(number(), author, reply, at));
    }

    private static String staffText(String text, String what) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidTicketException("texto", "Escreva o texto da " + what + ".");
        }
        if (trimmed.length() > CUSTOMER_TEXT_MAX) {
            throw new InvalidTicketException("texto", "A " + what + " tem %,d caracteres; o limite é %,d. Resuma o texto."
                    .formatted(trimmed.length(), CUSTOMER_TEXT_MAX).replace(',', '.'));
        }
        return trimmed;
    }

    /** Records that files were attached (the attachment rows then point to {@link #lastEntry()}). */
    public void recordAttachments(java.util.List<String> fileNames, String author, AuthorKind kind, Instant at) {
        if (isClosed()) {
            throw new TicketStateException("O ticket " + number() + " está encerrado e não recebe anexos. "
                    + "Abra um ticket de acompanhamento a partir dele.");
        }
        record(at, author, kind, HistoryKind.ATTACHMENTS_ADDED, String.join(", ", fileNames));
    }

    /** The newest history entry (the one the last change recorded). */
    HistoryEntry lastEntry() {
        return history.get(history.size() - 1);
    }

    /** Notes that a follow-up (R19) was opened from this ticket. */
    public void noteFollowUp(TicketNumber followUp, String author, Instant at) {
        record(at, author, AuthorKind.CUSTOMER, HistoryKind.FOLLOW_UP_OPENED,
                "Ticket de acompanhamento " + followUp + " aberto.");
    }

    /** Notes that the customer took this ticket to the Ouvidoria (R13), naming the case. */
    public void noteEscalation(String caseNumber, String author, AuthorKind kind, Instant at) {
        record(at, author, kind, HistoryKind.ESCALATED_TO_OUVIDORIA,
                "Manifestação de Ouvidoria " + caseNumber + " aberta citando este ticket.");
    }

    private void close(CloseReason reason, Instant at) {
        moveTo(FECHADO, team, at);
        closeReason = reason;
        closedAt = at;
        record(at, "Atende", AuthorKind.SYSTEM, HistoryKind.CLOSED,
                reason == CloseReason.ACCEPTED ? "Encerrado: solução aceita pelo cliente."
                        : "Encerrado automaticamente: prazo de contestação terminou.");
        registerEvent(new TicketClosed(number(), reason, at));
    }

    /** Every change of queue (team or status) goes through here, so the backlog over time can be read (issue 15). */
    private void moveTo(TicketStatus toStatus, String toTeam, Instant at) {
        if (toStatus == status && java.util.Objects.equals(toTeam, team)) {
            return;
        }
        queueChanges.add(new QueueChange(this, at, team, status, toTeam, toStatus));
        status = toStatus;
        team = toTeam;
    }

    private void requireOpenProposal(Instant at, String action) {
        if (status == RESOLVIDO && acceptedAt != null) {
            throw new TicketStateException("A proposta do ticket " + number() + " já foi aceita; não é possível "
                    + action + ".");
        }
        if (status == FECHADO && closeReason == CloseReason.ACCEPTED) {
            throw new TicketStateException("A proposta do ticket " + number() + " já foi aceita e o ticket está "
                    + "fechado; não é possível " + action + ".");
        }
        if (isClosed()) {
            throw new TicketStateException("O ticket " + number() + " já está encerrado; não é possível " + action
                    + ". Se o problema continua, abra um ticket de acompanhamento a partir dele.");
        }
        if (status != RESOLVIDO && history.stream().reduce((a, b) -> b).map(HistoryEntry::getKind)
                .filter(k -> k == HistoryKind.CONTESTED).isPresent()) {
            throw new TicketStateException("A proposta do ticket " + number() + " já foi contestada e o ticket voltou "
                    + "para a equipe; não é possível " + action + ".");
        }
        if (status != RESOLVIDO) {
            throw new TicketStateException("O ticket " + number() + " não tem proposta de solução pendente "
                    + "(situação atual: " + status + ").");
        }
        if (at.isAfter(contestDeadline)) {
            throw new TicketStateException("O prazo para " + action + " a solução do ticket " + number()
                    + " terminou. Abra um ticket de acompanhamento a partir dele.");
        }
    }

    private void requireStatus(Set<TicketStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new TicketStateException("Não é possível " + action + " no ticket " + number()
                    + " na situação " + status + ".");
        }
    }

    private void respond(Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
    }

    private void record(Instant at, String author, AuthorKind kind, HistoryKind what, String text) {
        history.add(new HistoryEntry(this, at, author, kind, what, text));
    }

    /** Whether the ticket's life ended (FECHADO): nothing but internal notes changes it; a follow-up continues it. */
    public boolean isClosed() {
        return status.isClosed();
    }

    public TicketNumber number() {
        return TicketNumber.of(id);
    }

    public Long getId() { return id; }
    public Long getCompanyId() { return companyId; }
    public Long getContactId() { return contactId; }
    public TicketType getType() { return type; }
    public Channel getChannel() { return channel; }
    public Product getProduct() { return product; }
    public String getRoutine() { return routine; }
    public String getProductVersion() { return productVersion; }
    public Environment getEnvironment() { return environment; }
    public String getSubject() { return subject; }
    public String getDescription() { return description; }
    public Impact getImpact() { return impact; }
    public Urgency getUrgency() { return urgency; }
    public Priority getPriority() { return priority; }
    public String getTeam() { return team; }
    public TicketStatus getStatus() { return status; }
    public Long getParentId() { return parentId; }
    public Instant getSlaDueAt() { return slaDueAt; }
    public Instant getFirstResponseAt() { return firstResponseAt; }
    public Instant getMaintenanceDueAt() { return maintenanceDueAt; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getResolvedAt() { return resolvedAt; }

    public Instant getAcceptedAt() { return acceptedAt; }
    public Instant getContestDeadline() { return contestDeadline; }
    public Instant getClosedAt() { return closedAt; }
    public CloseReason getCloseReason() { return closeReason; }
    public String getSolution() { return solution; }
    public int getTransferCount() { return transferCount; }
    public List<HistoryEntry> getHistory() { return Collections.unmodifiableList(history); }
    public List<SlaBreach> getSlaBreaches() { return Collections.unmodifiableList(slaBreaches); }
    public List<SlaWarning> getSlaWarnings() { return Collections.unmodifiableList(slaWarnings); }
}
