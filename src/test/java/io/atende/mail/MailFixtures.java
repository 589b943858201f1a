package io.atende.mail;

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

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }
}
