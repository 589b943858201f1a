package io.atende.mail.internal;

import jakarta.mail.Session;
import java.util.Properties;

/** Where the support mailbox is read (IMAP or IMAPS). */
public record MailboxConnection(String host, int port, boolean ssl, boolean startTls, String username,
        String password, String folder) {

    public String protocol() {
        return ssl ? "imaps" : "imap";
    }

    public Session session() {
        Properties properties = new Properties();
        String p = "mail." + protocol() + ".";
        properties.put(p + "host", host);
        properties.put(p + "port", String.valueOf(port));
        properties.put(p + "connectiontimeout", "10000");
        properties.put(p + "timeout", "30000");
        properties.put(p + "starttls.enable", String.valueOf(startTls));
        properties.put(p + "starttls.required", String.valueOf(startTls));
        properties.put(p + "partialfetch", "false");
        properties.put(p + "peek", "true"); // reading a message must not mark it \Seen before its effect committed
        properties.put("mail.mime.address.strict", "false");
        return Session.getInstance(properties);
    }
}
