package io.atende.mail;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reading what the embedded mail server received, for the mail tests. */
public final class MailFixtures {

    private MailFixtures() {
    }

    /** Messages delivered to {@code address} about a ticket (its subject tag), oldest first. */
    public static List<MimeMessage> delivered(GreenMail greenMail, String address, long ticketNumber) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> to(m, address))
                .filter(m -> subject(m).contains("[Ticket #" + ticketNumber + "]")).toList();
    }

    /** Messages delivered to {@code address} whose subject contains {@code text}. */
    public static List<MimeMessage> deliveredWithSubject(GreenMail greenMail, String address, String text) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> to(m, address))
                .filter(m -> subject(m).contains(text)).toList();
    }

    public static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()));
        } catch (MessagingException e) {
            return false;
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    /** The support mailbox's messages in {@code folder} with this Message-ID (none when the folder does not exist). */
    public static List<StoredMessage> supportMessages(io.atende.mail.internal.EmbeddedMailServer server, String folder,
            String messageId) {
        var user = server.greenMail().getUserManager().getUserByEmail("suporte@atende.local");
        MailFolder mailFolder = server.greenMail().getManagers().getImapHostManager().getFolder(user, folder);
        if (mailFolder == null) {
            return List.of();
        }
        return mailFolder.getMessages().stream()
                .filter(m -> messageId.equals(header(m.getMimeMessage(), "Message-ID"))).toList();
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, " ");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain and text/html parts' contents, in that order. */
    public static List<String> parts(MimeMessage message) throws MessagingException, IOException {
        List<String> parts = new ArrayList<>();
        collect(message, parts, "text/plain");
        collect(message, parts, "text/html");
        return parts;
    }

    private static void collect(Part part, List<String> into, String type) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, into, type);
            }
        } else if (part.isMimeType(type)) {
            into.add((String) part.getContent());
        }
    }

    /** A session whose SMTP is the embedded server, for messages customers send to the support mailbox. */
    public static jakarta.mail.Session smtp(io.atende.mail.internal.EmbeddedMailServer server) {
        java.util.Properties properties = new java.util.Properties();
        properties.put("mail.smtp.host", server.host());
        properties.put("mail.smtp.port", String.valueOf(server.smtpPort()));
        return jakarta.mail.Session.getInstance(properties);
    }

    /** A customer's plain-text message to the support mailbox. */
    public static MimeMessage customerMessage(io.atende.mail.internal.EmbeddedMailServer server, String from,
            String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(smtp(server));
        message.setFrom(new jakarta.mail.internet.InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, "suporte@atende.local");
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        return message;
    }

    /** Sends over SMTP (the message gets its Message-ID here); returns that Message-ID. */
    public static String send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        String id = message.getMessageID();
        try (jakarta.mail.Transport transport = message.getSession().getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, message.getAllRecipients()); // no second saveChanges: the id stays
        }
        return id;
    }

    /** Sends bytes as they are (a broken message stays broken): SMTP without re-encoding. */
    public static void sendRaw(io.atende.mail.internal.EmbeddedMailServer server, byte[] raw) throws MessagingException {
        jakarta.mail.Session session = smtp(server);
        MimeMessage message = new MimeMessage(session, new java.io.ByteArrayInputStream(raw));
        try (jakarta.mail.Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new jakarta.mail.Address[] {
                    new jakarta.mail.internet.InternetAddress("suporte@atende.local")});
        }
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }
}
