package io.atende.mail.internal;

import io.atende.mail.MailSettings;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Wires the mail transports: the embedded server (default) or real servers (spring.mail.* for SMTP,
 * atende.mail.inbound.* for IMAP).
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final String EMBEDDED = "atende.mail.embedded.enabled";

    /** The system property Jakarta Mail reads before it searches the class path for its stream provider. */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail 2.1 finds its StreamProvider anew for every MIME part it encodes or decodes, with a
        // ServiceLoader scan of the whole class path (FactoryFinder caches nothing). In the application's
        // jar that scan walks every nested library: profiling ticket opening found the embedded SMTP
        // server spending as much CPU on it as the requests themselves (docs/performance.md). Naming the
        // provider (Angus Mail's, the implementation on the class path) turns the lookup into loading a
        // class already loaded. A value set on the command line wins.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnProperty(name = EMBEDDED, havingValue = "true", matchIfMissing = true)
    EmbeddedMailServer embeddedMailServer(MailSettings settings) {
        return new EmbeddedMailServer(settings);
    }

    /** With the embedded server, SMTP goes to it (Spring Boot's mail sender backs off). */
    @Bean
    @ConditionalOnProperty(name = EMBEDDED, havingValue = "true", matchIfMissing = true)
    JavaMailSender embeddedMailSender(EmbeddedMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        sender.setPort(server.smtpPort());
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        return sender;
    }

    @Bean
    MailboxConnection mailboxConnection(MailSettings settings, ObjectProvider<EmbeddedMailServer> embedded) {
        EmbeddedMailServer server = embedded.getIfAvailable();
        MailSettings.Inbound inbound = settings.inbound();
        if (server != null) {
            return new MailboxConnection(server.host(), server.imapPort(), false, false, settings.supportAddress(),
                    settings.embedded().password(), inbound.folder());
        }
        return new MailboxConnection(inbound.host(), inbound.port(), inbound.ssl(), inbound.startTls(),
                inbound.username(), inbound.password(), inbound.folder());
    }
}
