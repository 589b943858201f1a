package io.atende.mail.internal;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.atende.mail.MailSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
        greenMail = new NoDelayGreenMail(new ServerSetup[] {new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
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

    /**
     * GreenMail with TCP_NODELAY on every client connection. GreenMail writes a response in several small
     * writes (the untagged data, then the tagged completion); with Nagle's algorithm on, the second write
     * waits for the client's acknowledgement of the first, which the client delays for 40 ms: every IMAP
     * FETCH took 44 ms (a NOOP 0.1 ms), so the mailbox reader could not take more than about ten messages
     * a second (docs/performance.md, figure 3). Mail servers for production set TCP_NODELAY themselves.
     */
    static final class NoDelayGreenMail extends GreenMail {

        NoDelayGreenMail(ServerSetup[] setups) {
            super(setups);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
            Map<String, AbstractServer> services = super.createServices(setups, managers);
            for (ServerSetup setup : setups) {
                if (ServerSetup.PROTOCOL_IMAP.equals(setup.getProtocol())) {
                    services.put(setup.getProtocol(), new NoDelayServer(setup, managers, socket ->
                            new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), socket)));
                } else if (ServerSetup.PROTOCOL_SMTP.equals(setup.getProtocol())) {
                    services.put(setup.getProtocol(), new NoDelayServer(setup, managers, socket ->
                            new SmtpHandler(new SmtpCommandRegistry(), managers.getSmtpManager(), socket)));
                }
            }
            return services;
        }
    }

    /** A GreenMail server whose client connections have TCP_NODELAY, handled as GreenMail's own server does. */
    private static final class NoDelayServer extends AbstractServer {

        private final Function<Socket, ProtocolHandler> handlers;

        NoDelayServer(ServerSetup setup, Managers managers, Function<Socket, ProtocolHandler> handlers) {
            super(setup, managers);
            this.handlers = handlers;
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket socket) {
            try {
                socket.setTcpNoDelay(true);
            } catch (SocketException e) {
                log.debug("TCP_NODELAY not set on {}: {}", socket, e.toString());
            }
            return handlers.apply(socket);
        }
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
