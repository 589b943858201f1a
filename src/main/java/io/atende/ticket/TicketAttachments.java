package io.atende.ticket;

import io.atende.account.Customer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files on tickets (R7, R16) as customers see them: attach, list, download, isolated per company. */
@Service
@Transactional
public class TicketAttachments {

    private final Tickets tickets;
    private final Attachments attachments;
    private final TicketDesk desk;
    private final AttachmentStore store;
    private final TicketHistory history;
    private final Clock clock;

    TicketAttachments(Tickets tickets, Attachments attachments, TicketDesk desk, AttachmentStore store,
            TicketHistory history, Clock clock) {
        this.tickets = tickets;
        this.attachments = attachments;
        this.desk = desk;
        this.store = store;
        this.history = history;
        this.clock = clock;
    }

    /** A customer attaches files to a ticket they may see; one history entry lists them. */
    public List<Attachment> attach(Customer author, String number, List<NewAttachment> files) {
        Ticket ticket = desk.find(author, number);
        List<String> names = store.check(files);
        ticket.recordAttachments(names, author.contactName(), AuthorKind.CUSTOMER, clock.instant());
        // save() merges: the entry that gets an id is the managed copy now last in the history.
        tickets.saveAndFlush(ticket);
        return store.store(ticket, ticket.lastEntry(), author.contactName(), files);
    }

    /** The attachments a reader of the ticket may download: its own and its ancestors' (R19). */
    @Transactional(readOnly = true)
    public List<Attachment> list(Customer viewer, String number) {
        return list(desk.find(viewer, number));
    }

    /**
     * The attachments of the ticket and its ancestors (R19), oldest first, for staff readers: the caller has
     * already decided that its reader may see the ticket.
     */
    @Transactional(readOnly = true)
    public List<Attachment> list(Ticket ticket) {
        return attachments.findByTicketIdIn(lineage(ticket)).stream()
                .sorted(java.util.Comparator.comparing(Attachment::getUploadedAt).thenComparing(Attachment::getId))
                .toList();
    }

    /** Opens one attachment for download, if it belongs to the ticket (or an ancestor) the viewer may see. */
    @Transactional(readOnly = true)
    public StoredFile open(Customer viewer, String number, long attachmentId) {
        List<Long> lineage = lineage(desk.find(viewer, number));
        Attachment attachment = attachments.findById(attachmentId).filter(a -> lineage.contains(a.getTicketId()))
                .orElseThrow(() -> new TicketNotFoundException(number + "/anexos/" + attachmentId));
        return new StoredFile(attachment, store.path(attachment.getStorageKey()));
    }

    /** An attachment and where its bytes are. */
    public record StoredFile(Attachment attachment, Path path) {

        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }

    /** The ticket's id and its ancestors' (a follow-up shows the attachments it inherited, R19). */
    private List<Long> lineage(Ticket ticket) {
        List<Long> ids = new ArrayList<>(history.ancestorsOf(ticket).stream().map(Ticket::getId).toList());
        ids.add(ticket.getId());
        return ids;
    }

}
