package io.atende.mail.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.atende.mail.MailSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default start's mail server (GreenMail): SMTP and IMAP on local ports, with the support
 * mailbox and the demo contacts' mailboxes. Port 0 picks a free port (tests).
 */
public class EmbeddedMailServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);
    private static final String HOST = "127.0.0.1";

    private final MailSettings settings;
    private final int smtpPort;
    private final int imapPort;
    private GreenMail greenMail;

    public EmbeddedMailServer(MailSettings settings) {
        this.settings = settings;
        this.smtpPort = portOrFree(settings.embedded().smtpPort());
        this.imapPort = portOrFree(settings.embedded().imapPort());
    }

    public synchronized void start() {
        greenMail = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        for (String mailbox : mailboxes()) {
            greenMail.setUser(mailbox, mailbox, settings.embedded().password());
        }
        log.info("Embedded mail server: SMTP {}:{}, IMAP {}:{}, mailboxes {} (password '{}')", HOST, smtpPort, HOST,
                imapPort, mailboxes(), settings.embedded().password());
    }

    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public synchronized boolean isRunning() {
        return greenMail != null && greenMail.isRunning();
    }

    /** The running server, for tests and tools that read the mailboxes. */
    public synchronized GreenMail greenMail() {
        return greenMail;
    }

    public List<String> mailboxes() {
        List<String> all = new ArrayList<>();
        all.add(settings.supportAddress());
        all.addAll(settings.embedded().mailboxes());
        return all;
    }

    public String host() {
        return HOST;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    private static int portOrFree(int port) {
        if (port != 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
