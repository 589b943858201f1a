package io.atende.mail;

import io.atende.ticket.Product;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The e-mail channel's settings ({@code atende.mail.*}); SMTP itself is Spring Boot's
 * {@code spring.mail.*} unless the embedded server runs. See docs/email.md.
 *
 * @param supportAddress the mailbox customers write to and messages come from
 * @param publicUrl      where the application is reached from a mail client (one-click links)
 * @param portalUrl      the customer portal, offered when a link cannot be used or a ticket cannot be opened by e-mail
 * @param templateDirectory optional directory whose templates override the packaged ones (same names)
 */
@ConfigurationProperties("atende.mail")
public record MailSettings(
        @DefaultValue("suporte@atende.local") String supportAddress,
        @DefaultValue("Atende Suporte") String supportName,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("http://localhost:8080/") String portalUrl,
        Path templateDirectory,
        @DefaultValue Tokens tokens,
        @DefaultValue Outbox outbox,
        @DefaultValue Inbound inbound,
        @DefaultValue Embedded embedded) {

    /**
     * One-click links: HMAC-SHA256 secret and how long a link lives (a proposal's link ends with its window).
     * A blank secret (the default) means the installation's own, generated once and kept in the database.
     */
    public record Tokens(
            @DefaultValue("") String secret,
            @DefaultValue("30d") Duration timeToLive) {
    }

    /** The dispatcher: how often it looks, how many it takes, and how it backs off while SMTP is down. */
    public record Outbox(
            @DefaultValue("true") boolean scheduled,
            @DefaultValue("5s") Duration pollInterval,
            @DefaultValue("20") int batchSize,
            @DefaultValue("12") int maxAttempts,
            @DefaultValue("30s") Duration initialBackoff,
            @DefaultValue("2h") Duration maxBackoff,
            @DefaultValue("2m") Duration claimTimeout) {
    }

    /**
     * The support mailbox read over IMAP. With the embedded server, host, port and credentials are
     * the embedded ones.
     *
     * @param archiveFolder where processed messages are moved (created if missing); a nested name
     *                      uses the server's hierarchy separator; blank leaves them in the folder, flagged \Seen
     */
    public record Inbound(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("true") boolean scheduled,
            @DefaultValue("10s") Duration pollInterval,
            @DefaultValue("localhost") String host,
            @DefaultValue("993") int port,
            @DefaultValue("true") boolean ssl,
            @DefaultValue("false") boolean startTls,
            String username,
            String password,
            @DefaultValue("INBOX") String folder,
            @DefaultValue("Processadas") String archiveFolder,
            @DefaultValue("50") int batchSize,
            @DefaultValue("PROTHEUS") Product defaultProduct,
            @DefaultValue("60MB") DataSize maxMessageSize,
            @DefaultValue("20") int maxMessagesPerSenderPerHour,
            @DefaultValue("24h") Duration rejectionAnswerInterval,
            @DefaultValue("3") int maxProcessingAttempts) {
    }

    /** GreenMail on local ports with the support mailbox and the demo contacts' mailboxes (password {@code password}). */
    public record Embedded(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("3025") int smtpPort,
            @DefaultValue("3143") int imapPort,
            @DefaultValue("demo") String password,
            @DefaultValue({"ana@paoquente.com.br", "admin@paoquente.com.br", "joao@acoforte.com.br",
                    "maria@inadimplente.com.br"}) List<String> mailboxes) {
    }
}
