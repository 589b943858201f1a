package io.atende.mail.internal;

import io.atende.ticket.AttachmentSettings;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * Reads a raw message completely (every part, every attachment), so a message that cannot be read
 * is known before anything is done with it.
 */
@Component
public class InboundParser {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    private final AttachmentSettings attachmentSettings;
    private final Session session;

    InboundParser(AttachmentSettings attachmentSettings) {
        this.attachmentSettings = attachmentSettings;
        Properties properties = new Properties();
        properties.put("mail.mime.address.strict", "false");
        this.session = Session.getInstance(properties);
    }

    /** The key a message is known by: its Message-ID, else a hash of its bytes. */
    public static String keyOf(String messageId, byte[] raw) {
        if (messageId != null && !messageId.isBlank()) {
            return messageId.strip();
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public InboundMessage parse(byte[] raw) throws UnparseableMessageException {
        try {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
            String messageId = message.getMessageID();
            String key = keyOf(messageId, raw);
            String sender = sender(message);
            String subject = message.getSubject();
            List<String> referenced = new ArrayList<>();
            referenced.addAll(ids(message.getHeader("References", " ")));
            referenced.addAll(ids(message.getHeader("In-Reply-To", " ")));
            Body body = new Body();
            read(message, body);
            String text = body.plain != null ? body.plain : body.html != null ? htmlToText(body.html) : "";
            return new InboundMessage(key, messageId, sender, subject, referenced, automatic(message, sender),
                    ReplyText.cut(text), body.attachments);
        } catch (UnsupportedEncodingException e) {
            throw new UnparseableMessageException("Conjunto de caracteres desconhecido: " + e.getMessage(), e);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UnparseableMessageException("MIME inválido: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    private static String sender(MimeMessage message) throws MessagingException {
        var from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                || address.getAddress() == null || !address.getAddress().contains("@")) {
            throw new MessagingException("Remetente (From) ausente ou inválido");
        }
        try {
            new InternetAddress(address.getAddress(), true);
        } catch (AddressException e) {
            throw new MessagingException("Remetente inválido: " + address.getAddress());
        }
        return address.getAddress().toLowerCase(Locale.ROOT);
    }

    /** Why the message is automatic (RFC 3834, list and bounce conventions), or null. */
    private static String automatic(MimeMessage message, String sender) throws MessagingException {
        String autoSubmitted = message.getHeader("Auto-Submitted", ",");
        if (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")) {
            return "Auto-Submitted: " + autoSubmitted.strip();
        }
        String precedence = message.getHeader("Precedence", ",");
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|list|junk|auto_reply")) {
            return "Precedence: " + precedence.strip();
        }
        for (String header : new String[] {"X-Autoreply", "X-Autorespond", "X-Auto-Response", "List-Id"}) {
            if (message.getHeader(header) != null) {
                return header;
            }
        }
        String local = sender.substring(0, sender.indexOf('@'));
        if (local.matches("(?i)mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?")) {
            return "Remetente automático: " + sender;
        }
        String returnPath = message.getHeader("Return-Path", ",");
        if (returnPath != null && returnPath.strip().equals("<>")) {
            return "Return-Path vazio (aviso de entrega)";
        }
        return null;
    }

    private static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find()) {
                ids.add(matcher.group());
            }
        }
        return ids;
    }

    private static final class Body {
        String plain;
        String html;
        final List<InboundMessage.Attachment> attachments = new ArrayList<>();
    }

    private void read(Part part, Body body) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new MessagingException("Multipart sem partes legíveis");
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                read(child, body);
            }
            return;
        }
        if (part.isMimeType("message/rfc822") && !isAttachment(part)) {
            body.attachments.add(attachment(part, "mensagem.eml"));
            return;
        }
        if (isAttachment(part)) {
            if (isInlineImage(part)) {
                return; // a logo of the signature, referenced by the HTML
            }
            body.attachments.add(attachment(part, "anexo"));
            return;
        }
        if (part.isMimeType("text/plain") && body.plain == null) {
            body.plain = text(part);
        } else if (part.isMimeType("text/html") && body.html == null) {
            body.html = text(part);
        } else if (!part.isMimeType("text/*")) {
            body.attachments.add(attachment(part, "anexo"));
        } else {
            text(part); // read it anyway: a part in an unknown charset makes the message unreadable
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
    }

    private static boolean isInlineImage(Part part) throws MessagingException {
        return Part.INLINE.equalsIgnoreCase(part.getDisposition()) && part instanceof MimePart mime
                && mime.getContentID() != null && part.isMimeType("image/*");
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private InboundMessage.Attachment attachment(Part part, String defaultName) throws MessagingException, IOException {
        String name = part.getFileName();
        name = name == null ? defaultName : MimeUtility.decodeText(name);
        long max = attachmentSettings.maxFileSize().toBytes();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = part.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes.write(buffer, 0, n);
                if (bytes.size() > max) {
                    throw new MessagingException("Anexo '" + name + "' passa do limite de "
                            + attachmentSettings.maxFileSize().toMegabytes() + " MB");
                }
            }
        }
        String type = part.getContentType() == null ? "application/octet-stream"
                : part.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        return new InboundMessage.Attachment(name, type, bytes.toByteArray());
    }

    /** A HTML-only message's text: quoted blocks of the common clients removed, then the cutter applies. */
    static String htmlToText(String html) {
        Document document = Jsoup.parse(html);
        document.select("blockquote, div.gmail_quote, div.gmail_signature, #divRplyFwdMsg, #appendonsend, "
                + "div.moz-cite-prefix, .yahoo_quoted").remove();
        document.select("br").after("\\n");
        document.select("p, div, li, tr, h1, h2, h3").before("\\n");
        String text = document.text().replace("\\n", "\n");
        return text.lines().map(String::strip).collect(java.util.stream.Collectors.joining("\n"))
                .replaceAll("\n{3,}", "\n\n").strip();
    }
}
