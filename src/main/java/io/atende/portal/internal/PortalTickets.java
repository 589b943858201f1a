package io.atende.portal.internal;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.Attachment;
import io.atende.ticket.HistoryItem;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketAttachments;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketNumber;
import io.atende.ticket.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's read side of tickets (R7, R18–R20): the dashboard and the ticket page, built inside
 * one read transaction from the ticket module's API, so isolation is the ticket module's.
 */
@Service
@Transactional(readOnly = true)
public class PortalTickets {

    public static final int PAGE_SIZE = 20;
    /** R7: tickets that wait for the customer come first on the dashboard. */
    public static final Set<TicketStatus> AWAITING_CUSTOMER = EnumSet.of(TicketStatus.AGUARDANDO_CLIENTE,
            TicketStatus.RESOLVIDO);

    private final TicketDesk desk;
    private final TicketAttachments attachments;
    private final CustomerDirectory directory;
    private final Clock clock;

    PortalTickets(TicketDesk desk, TicketAttachments attachments, CustomerDirectory directory, Clock clock) {
        this.desk = desk;
        this.attachments = attachments;
        this.directory = directory;
        this.clock = clock;
    }

    /** One ticket's line on the dashboard. */
    public record Row(String number, String subject, String status, String statusCss, String priority, String sla,
            String slaCss, String lastInteraction, String openedBy) {
    }

    /** Counts above this read "mais de 1.000": counting further would cost more as the history grows. */
    static final int COUNT_CAP = 1000;

    /** The text of a count above the cap, written once from {@link #COUNT_CAP}. */
    private static final String ABOVE_CAP = "mais de " + String.format(java.util.Locale.forLanguageTag("pt-BR"), "%,d",
            COUNT_CAP);

    /** One count per status, in lifecycle order; {@code text} is what the portal shows ("mais de 1.000" above the cap). */
    public record StatusCount(TicketStatus status, String label, long count, String text) {
    }

    public record Dashboard(List<StatusCount> counts, List<Row> awaiting, Slice<Row> page, TicketStatus filter) {
    }

    /** The dashboard: counts by status, tickets awaiting the customer, then a page of all (or of one status). */
    public Dashboard dashboard(Customer viewer, TicketStatus filter, int page) {
        Map<TicketStatus, Long> counts = desk.countByStatus(viewer, COUNT_CAP);
        List<StatusCount> statusCounts = java.util.Arrays.stream(TicketStatus.values())
                .map(s -> statusCount(s, counts.getOrDefault(s, 0L))).toList();
        Instant now = clock.instant();
        Map<Long, String> names = new HashMap<>();
        List<Row> awaiting = filter != null ? List.of()
                : desk.list(viewer, AWAITING_CUSTOMER, 0, 50).stream().map(t -> row(viewer, t, now, names)).toList();
        Slice<Ticket> tickets = filter == null ? desk.list(viewer, page, PAGE_SIZE)
                : desk.list(viewer, Set.of(filter), page, PAGE_SIZE);
        return new Dashboard(statusCounts, awaiting, tickets.map(t -> row(viewer, t, now, names)), filter);
    }

    public static StatusCount statusCount(TicketStatus status, long count) {
        String text = count > COUNT_CAP ? ABOVE_CAP : String.valueOf(count);
        return new StatusCount(status, PortalFormat.status(status), count, text);
    }

    private Row row(Customer viewer, Ticket t, Instant now, Map<Long, String> names) {
        Sla sla = sla(t, now);
        // the last entry the customer may read: an internal note is no news to them
        Instant last = t.getHistory().stream().filter(e -> !e.getKind().internal()).reduce((a, b) -> b)
                .map(e -> e.getAt()).orElse(t.getOpenedAt());
        String openedBy = viewer.administrator() ? names.computeIfAbsent(t.getContactId(),
                id -> directory.byContactId(id).map(Customer::contactName).orElse("—")) : null;
        return new Row(t.number().toString(), t.getSubject(), PortalFormat.status(t.getStatus()),
                "status-" + t.getStatus().name().toLowerCase().replace('_', '-'), PortalFormat.priority(t.getPriority()),
                sla.text(), sla.css(), PortalFormat.dateTime(last), openedBy);
    }

    /** The SLA state as the customer reads it (R18, R20). */
    public record Sla(String text, String css) {
    }

    static Sla sla(Ticket t, Instant now) {
        return switch (t.getStatus()) {
            case FECHADO -> new Sla("Encerrado", "sla-fim");
            case AGUARDANDO_CLIENTE -> new Sla("Pausado: aguardando sua resposta", "sla-pausa");
            case RESOLVIDO -> new Sla("Solução enviada; contestar até " + PortalFormat.dateTime(t.getContestDeadline()),
                    "sla-ok");
            case EM_MANUTENCAO -> new Sla("Correção prevista até " + PortalFormat.dateTime(t.getMaintenanceDueAt()),
                    "sla-ok");
            default -> t.getSlaDueAt() == null ? new Sla("Em classificação", "sla-ok")
                    : t.getSlaDueAt().isBefore(now) ? new Sla("Prazo vencido em " + PortalFormat.dateTime(t.getSlaDueAt()),
                            "sla-vencido")
                    : new Sla("Resposta até " + PortalFormat.dateTime(t.getSlaDueAt()), "sla-ok");
        };
    }

    /** A file as the ticket page lists it. */
    public record FileLink(long id, String name, String size, String href) {
    }

    /** One history entry with its files; {@code inheritedFrom} marks a follow-up's inherited history (R19). */
    public record Entry(String at, String author, String authorKind, String label, String text, String inheritedFrom,
            List<FileLink> files) {
    }

    /** Everything the ticket page shows and which actions it offers. */
    public record TicketView(String number, String subject, String description, String status, String statusCss,
            String type, String product, String routine, String version, String environment, String impact,
            String urgency, String priority, Sla sla, String openedAt, String parentNumber, String solution,
            String contestDeadline, boolean canReply, boolean canAcceptOrContest, boolean closed,
            List<Entry> history, List<FileLink> otherFiles) {
    }

    public TicketView view(Customer viewer, String number) {
        Ticket t = desk.find(viewer, number);
        Instant now = clock.instant();
        String n = t.number().toString();
        Map<Long, List<FileLink>> byEntry = new HashMap<>();
        List<FileLink> other = new java.util.ArrayList<>();
        for (Attachment a : attachments.list(viewer, n)) {
            FileLink link = new FileLink(a.getId(), a.getFileName(), size(a.getSize()), "/tickets/" + n + "/anexos/" + a.getId());
            if (a.getHistoryId() == null) {
                other.add(link);
            } else {
                byEntry.computeIfAbsent(a.getHistoryId(), k -> new java.util.ArrayList<>()).add(link);
            }
        }
        List<Entry> history = desk.history(viewer, n).stream().map(item -> entry(item, byEntry)).toList();
        boolean closed = t.isClosed();
        boolean proposalOpen = t.getStatus() == TicketStatus.RESOLVIDO && t.getContestDeadline() != null
                && !now.isAfter(t.getContestDeadline());
        return new TicketView(n, t.getSubject(), t.getDescription(), PortalFormat.status(t.getStatus()),
                "status-" + t.getStatus().name().toLowerCase().replace('_', '-'), PortalFormat.type(t.getType()),
                PortalFormat.product(t.getProduct()), t.getRoutine(), t.getProductVersion(),
                PortalFormat.environment(t.getEnvironment()), PortalFormat.impact(t.getImpact()),
                PortalFormat.urgency(t.getUrgency()), PortalFormat.priority(t.getPriority()), sla(t, now),
                PortalFormat.dateTime(t.getOpenedAt()),
                t.getParentId() == null ? null : TicketNumber.of(t.getParentId()).toString(), t.getSolution(),
                t.getContestDeadline() == null ? null : PortalFormat.dateTime(t.getContestDeadline()), !closed,
                proposalOpen, closed, history, other);
    }

    private static Entry entry(HistoryItem item, Map<Long, List<FileLink>> files) {
        String kind = switch (item.authorKind()) {
            case CUSTOMER -> "cliente";
            case AGENT -> "equipe";
            case SYSTEM -> "sistema";
        };
        return new Entry(PortalFormat.dateTime(item.at()), item.author(), kind, PortalFormat.history(item.kind()),
                item.text(), item.inheritedFrom() == null ? null : item.inheritedFrom().toString(),
                files.getOrDefault(item.id(), List.of()));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }
}
