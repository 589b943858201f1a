package io.atende.portal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.springframework.boot.autoconfigure.mail.MailProperties;

/**
 * One GreenMail SMTP server for the test JVM, on the random port application-test.yml gives
 * {@code spring.mail.port}; started by the first test that needs it.
 */
final class PortalMailbox {

    private static GreenMail server;

    private PortalMailbox() {
    }

    static synchronized GreenMail start(MailProperties mail) {
        if (server == null) {
            server = new GreenMail(new ServerSetup(mail.getPort(), "localhost", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** The link (path only) of the latest e-mail to {@code to} that contains {@code pathPrefix}, waiting up to 10 s. */
    static String linkSentTo(MailProperties mail, String to, String pathPrefix) {
        GreenMail greenMail = start(mail);
        Pattern link = Pattern.compile("http://localhost(" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_-]+)");
        String[] found = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            MimeMessage[] messages = greenMail.getReceivedMessagesForDomain(to);
            for (int i = messages.length - 1; i >= 0; i--) {
                if (Arrays.stream(messages[i].getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to))) {
                    Matcher m = link.matcher(String.valueOf(messages[i].getContent()));
                    if (m.find()) {
                        found[0] = m.group(1);
                        return true;
                    }
                }
            }
            return false;
        });
        return found[0];
    }

    static int countTo(MailProperties mail, String to) {
        return start(mail).getReceivedMessagesForDomain(to).length;
    }
}
