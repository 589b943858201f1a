package io.atende.portal;

import io.atende.mail.internal.EmbeddedMailServer;
import io.atende.mail.internal.OutboxDispatcher;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;

/**
 * The account e-mails as the customer receives them: the outbox is dispatched (the tests' profile
 * does not schedule it) to the embedded mail server, whose mailboxes are read here.
 */
final class PortalMailbox {

    private PortalMailbox() {
    }

    /** Kept for the tests' set-up: the embedded server starts with the application. */
    static void start(ApplicationContext app) {
        app.getBean(EmbeddedMailServer.class).greenMail();
    }

    /** The link (path only) of the latest e-mail to {@code to} that contains {@code pathPrefix}, waiting up to 10 s. */
    static String linkSentTo(ApplicationContext app, String to, String pathPrefix) {
        Pattern link = Pattern.compile("https?://[^/\\s\"<]+(" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_-]+)");
        String[] found = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            app.getBean(OutboxDispatcher.class).dispatchDue();
            MimeMessage[] messages = received(app, to);
            for (int i = messages.length - 1; i >= 0; i--) {
                Matcher m = link.matcher(io.atende.mail.MailFixtures.parts(messages[i]).get(0));
                if (m.find()) {
                    found[0] = m.group(1);
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    static int countTo(ApplicationContext app, String to) {
        app.getBean(OutboxDispatcher.class).dispatchDue();
        return received(app, to).length;
    }

    private static MimeMessage[] received(ApplicationContext app, String to) {
        return Arrays.stream(app.getBean(EmbeddedMailServer.class).greenMail().getReceivedMessages())
                .filter(m -> io.atende.mail.MailFixtures.to(m, to)).toArray(MimeMessage[]::new);
    }
}
