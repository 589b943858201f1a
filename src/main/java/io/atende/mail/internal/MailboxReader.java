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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox over IMAP: every unread message is processed, and only once its effect
 * committed is it flagged \Seen. Messages are fetched with BODY.PEEK, so reading never marks them.
 * A crash between the commit and the flag leaves the message unread; the next round recognises it
 * by its Message-ID in the inbox table and only flags it.
 */
@Component
public class MailboxReader {

    /** A test's way to simulate a crash after the commit and before the flag. */
    public static final String AFTER_COMMIT = "after-commit";

    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);

    private final MailboxConnection connection;
    private final InboundProcessor processor;
    private final MailSettings settings;
    private volatile Runnable afterCommit = () -> { };

    MailboxReader(MailboxConnection connection, InboundProcessor processor, MailSettings settings) {
        this.connection = connection;
        this.processor = processor;
        this.settings = settings;
    }

    /** For tests only: runs before a processed message is flagged. */
    public void injectAfterCommit(Runnable fault) {
        this.afterCommit = fault == null ? () -> { } : fault;
    }

    /** One round: processes the unread messages (up to batch-size); returns how many were processed or skipped. */
    public synchronized int poll() {
        if (!settings.inbound().enabled()) {
            return 0;
        }
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
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.warn("Support mailbox {}:{} not read: {}", connection.host(), connection.port(), e.toString());
        }
        return done;
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
