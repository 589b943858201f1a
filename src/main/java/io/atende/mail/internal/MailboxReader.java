package io.atende.mail.internal;

import io.atende.mail.MailSettings;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.support.locks.RenewableLockRegistry;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox over IMAP: every unread message is processed, and only once its effect
 * committed is it flagged \Seen and moved to the archive folder
 * ({@code atende.mail.inbound.archive-folder}, created on first use), so INBOX holds only what is
 * waiting. Messages are fetched with BODY.PEEK, so reading never marks them. A crash between the
 * commit and the flag/move leaves the message unread in INBOX; the next round recognises it by its
 * Message-ID in the inbox table and only flags and moves it. The moves are batched ({@value
 * #MOVE_BATCH} messages per command, the rest at the end of the round): IMAP MOVE where the server
 * has it, otherwise COPY, \Deleted and EXPUNGE (a crash between the copy and the expunge leaves the
 * message in both folders, never in neither). A message that will be retried stays unread in INBOX.
 * If the archive cannot be reached, processed messages stay \Seen in INBOX (a warning is logged).
 * A blank archive folder keeps the messages in INBOX, flagged \Seen one by one.
 *
 * <p>With several nodes on one database, one node at a time reads the mailbox: each round takes the
 * cluster-wide lock {@value #LOCK} ({@code JdbcLockRegistry}, table {@code INT_LOCK}) with
 * {@code tryLock()} and a node that does not get it skips the round; the holder renews the lock
 * after every message and stops the round if it lost it. Correctness does not rest on the lock
 * (each message is claimed by its unique inbox row); the lock keeps nodes from downloading and
 * parsing the same messages in parallel. Rounds are logged at DEBUG with epoch milliseconds
 * ({@code Mailbox round start/end at=…}), so their intervals can be compared across nodes.
 */
@Component
public class MailboxReader {

    /** A test's way to simulate a crash after the commit and before the flag and the move. */
    public static final String AFTER_COMMIT = "after-commit";

    /** The key of the cluster-wide lock a round holds. */
    public static final String LOCK = "mail-inbound-mailbox";

    /** Processed messages moved to the archive folder per IMAP command. */
    static final int MOVE_BATCH = 20;

    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);

    private final MailboxConnection connection;
    private final InboundProcessor processor;
    private final MailSettings settings;
    private final RenewableLockRegistry locks;
    private volatile Runnable afterCommit = () -> { };
    private volatile long waitingAfterLastRound = -1;
    private volatile long lastRoundAtMillis = -1;
    private volatile boolean ignoreMove;
    private volatile boolean archiveExists;

    MailboxReader(MailboxConnection connection, InboundProcessor processor, MailSettings settings,
            RenewableLockRegistry clusterLockRegistry) {
        this.connection = connection;
        this.processor = processor;
        this.settings = settings;
        this.locks = clusterLockRegistry;
    }

    /** For tests only: runs before a processed message is flagged and moved. */
    public void injectAfterCommit(Runnable fault) {
        this.afterCommit = fault == null ? () -> { } : fault;
    }

    /** For tests only: behave as with a server without MOVE (COPY, \Deleted, EXPUNGE). */
    public void ignoreMoveCapability(boolean ignore) {
        this.ignoreMove = ignore;
    }

    /**
     * One round, if this node gets the cluster-wide lock: processes the unread messages (up to
     * batch-size); returns how many were processed or skipped (0 when another node holds the lock).
     */
    public synchronized int poll() {
        if (!settings.inbound().enabled()) {
            return 0;
        }
        Lock lock = locks.obtain(LOCK);
        boolean locked;
        try {
            locked = lock.tryLock();
        } catch (RuntimeException e) {
            log.warn("Support mailbox not read: cluster lock {} unavailable: {}", LOCK, e.toString());
            return 0;
        }
        if (!locked) {
            log.debug("Mailbox round skipped: lock {} held by another node", LOCK);
            return 0;
        }
        long start = System.currentTimeMillis();
        int done = 0;
        log.debug("Mailbox round start at={}", start);
        try {
            done = read();
            return done;
        } finally {
            long end = System.currentTimeMillis();
            log.debug("Mailbox round end at={} start={} processed={}", end, start, done);
            if (done > 0) {
                log.info("Support mailbox: {} message(s) in {} ms", done, end - start);
            }
            try {
                lock.unlock();
            } catch (RuntimeException e) {
                // JdbcLock: the row expired and another node may have taken it (a pause over the time-to-live).
                log.warn("Cluster lock {} was lost during the mailbox round: {}", LOCK, e.toString());
            }
        }
    }

    private int read() {
        int done = 0;
        try (Store store = connection.session().getStore(connection.protocol())) {
            store.connect(connection.host(), connection.port(), connection.username(), connection.password());
            Folder folder = store.getFolder(connection.folder());
            folder.open(Folder.READ_WRITE);
            Handled handled = new Handled(store, folder);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (int i = 0; i < Math.min(unread.length, settings.inbound().batchSize()); i++) {
                    if (handle(unread[i])) {
                        handled.add(unread[i]);
                        done++;
                    }
                    if (!stillHeld()) {
                        break;
                    }
                }
                waitingAfterLastRound = unread.length - done;
                lastRoundAtMillis = System.currentTimeMillis();
            } finally {
                handled.flush();
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.warn("Support mailbox {}:{} not read: {}", connection.host(), connection.port(), e.toString());
        }
        return done;
    }

    /**
     * The inbox depth: unread messages left in the support mailbox after this node's last round (-1
     * before its first). In a cluster only the node holding the lock reads, so read it with
     * {@link #lastRoundAtMillis()}: the freshest node's figure is the mailbox's.
     */
    public long waitingAfterLastRound() {
        return waitingAfterLastRound;
    }

    /** When this node last read the mailbox (epoch milliseconds), -1 before its first round. */
    public long lastRoundAtMillis() {
        return lastRoundAtMillis;
    }

    /** Renews the round's lock; false (and the round stops) if this node no longer holds it. */
    private boolean stillHeld() {
        try {
            locks.renewLock(LOCK);
            return true;
        } catch (RuntimeException e) {
            log.warn("Mailbox round stopped: cluster lock {} no longer held: {}", LOCK, e.toString());
            return false;
        }
    }

    private boolean handle(Message message) throws MessagingException {
        InboundProcessor.Result result;
        long size = message.getSize();
        if (size > settings.inbound().maxMessageSize().toBytes()) {
            String[] id = message.getHeader("Message-ID");
            var from = message.getFrom();
            result = processor.tooLarge(id == null ? null : id[0].strip(),
                    from == null || from.length == 0 ? null : ((InternetAddress) from[0]).getAddress(),
                    message.getSubject(), size);
        } else {
            result = processor.process(raw(message));
        }
        if (result == InboundProcessor.Result.FAILED_WILL_RETRY) {
            return false;
        }
        afterCommit.run();
        return true;
    }

    /**
     * The round's processed messages (committed, or found already processed): flagged \Seen and
     * moved to the archive folder per {@value #MOVE_BATCH}, or only flagged when there is none.
     */
    private final class Handled {

        private final Store store;
        private final Folder inbox;
        private final String archive = settings.inbound().archiveFolder();
        private final boolean archiving = archive != null && !archive.isBlank()
                && !archive.equalsIgnoreCase(connection.folder());
        private final List<Message> pending = new ArrayList<>();

        Handled(Store store, Folder inbox) {
            this.store = store;
            this.inbox = inbox;
        }

        void add(Message message) throws MessagingException {
            if (!archiving) {
                message.setFlag(Flags.Flag.SEEN, true);
                return;
            }
            pending.add(message);
            if (pending.size() >= MOVE_BATCH) {
                flush();
            }
        }

        /** Never throws: what is not flagged is read again next round, what is flagged but not moved stays in INBOX. */
        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            Message[] batch = pending.toArray(Message[]::new);
            pending.clear();
            try {
                inbox.setFlags(batch, new Flags(Flags.Flag.SEEN), true);
            } catch (MessagingException | RuntimeException e) {
                log.warn("Support mailbox: {} processed message(s) not flagged, they will be read again: {}",
                        batch.length, e.toString());
                return;
            }
            try {
                Folder target = archiveFolder();
                if (!ignoreMove && store instanceof IMAPStore imap && imap.hasCapability("MOVE")
                        && inbox instanceof IMAPFolder folder) {
                    folder.moveMessages(batch, target);
                } else {
                    inbox.copyMessages(batch, target);
                    inbox.setFlags(batch, new Flags(Flags.Flag.DELETED), true);
                    if (store instanceof IMAPStore imap && imap.hasCapability("UIDPLUS")
                            && inbox instanceof IMAPFolder folder) {
                        folder.expunge(batch); // UID EXPUNGE: only these messages
                    } else {
                        inbox.expunge();
                    }
                }
                log.debug("Support mailbox: {} message(s) moved to {}", batch.length, archive);
            } catch (MessagingException | RuntimeException e) {
                archiveExists = false; // looked up again next time (deleted by someone?)
                log.warn("Support mailbox: {} processed message(s) not moved to folder {}, left read in {}: {}",
                        batch.length, archive, connection.folder(), e.toString());
            }
        }

        /** The archive folder, created the first time it is missing. */
        private Folder archiveFolder() throws MessagingException {
            Folder target = store.getFolder(archive);
            if (!archiveExists) {
                if (!target.exists() && !target.create(Folder.HOLDS_MESSAGES) && !target.exists()) {
                    throw new MessagingException("could not create folder " + archive);
                }
                archiveExists = true;
            }
            return target;
        }
    }

    private static byte[] raw(Message message) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("Could not read message", e);
        }
        return out.toByteArray();
    }
}
