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
import java.util.concurrent.locks.Lock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.integration.support.locks.RenewableLockRegistry;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox over IMAP: every unread message is processed, and only once its effect
 * committed is it flagged \Seen. Messages are fetched with BODY.PEEK, so reading never marks them.
 * A crash between the commit and the flag leaves the message unread; the next round recognises it
 * by its Message-ID in the inbox table and only flags it.
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

    /** A test's way to simulate a crash after the commit and before the flag. */
    public static final String AFTER_COMMIT = "after-commit";

    /** The key of the cluster-wide lock a round holds. */
    public static final String LOCK = "mail-inbound-mailbox";

    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);

    private final MailboxConnection connection;
    private final InboundProcessor processor;
    private final MailSettings settings;
    private final RenewableLockRegistry locks;
    private volatile Runnable afterCommit = () -> { };
    private volatile long waitingAfterLastRound = -1;
    private volatile long lastRoundAtMillis = -1;

    MailboxReader(MailboxConnection connection, InboundProcessor processor, MailSettings settings,
            RenewableLockRegistry clusterLockRegistry) {
        this.connection = connection;
        this.processor = processor;
        this.settings = settings;
        this.locks = clusterLockRegistry;
    }

    /** For tests only: runs before a processed message is flagged. */
    public void injectAfterCommit(Runnable fault) {
        this.afterCommit = fault == null ? () -> { } : fault;
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
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (int i = 0; i < Math.min(unread.length, settings.inbound().batchSize()); i++) {
                    if (handle(unread[i])) {
                        done++;
                    }
                    if (!stillHeld()) {
                        break;
                    }
                }
                waitingAfterLastRound = unread.length - done;
                lastRoundAtMillis = System.currentTimeMillis();
            } finally {
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
        message.setFlag(Flags.Flag.SEEN, true);
        return true;
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
