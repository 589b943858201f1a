package io.atende.mail.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts what a reply quotes and signs off with, keeping what the customer wrote: everything from the
 * first quote header ("Em … escreveu:", "On … wrote:", "-----Original Message-----",
 * "-----Mensagem original-----", an Outlook "De:/From:" block, a line of underscores) or signature
 * delimiter ("-- ", "Enviado do meu …", "Sent from my …") on is dropped, and so are lines quoted
 * with "&gt;". No library on Maven Central that resolves here does this for Portuguese clients.
 */
public final class ReplyText {

    private static final Pattern PT_HEADER = Pattern.compile("(?is)^\\s*Em\\s.+escreveu:\\s*$");
    private static final Pattern EN_HEADER = Pattern.compile("(?is)^\\s*On\\s.+wrote:\\s*$");
    private static final Pattern ORIGINAL = Pattern.compile(
            "(?i)^\\s*-{2,}\\s*(Original Message|Mensagem original|Mensagem encaminhada|Forwarded message)\\s*-{2,}.*$");
    private static final Pattern FROM_LINE = Pattern.compile("(?i)^\\s*\\*?(De|From)\\s*:\\*?\\s+.+$");
    private static final Pattern BLOCK_FIELD = Pattern.compile(
            "(?i)^\\s*\\*?(Enviado|Enviada|Sent|Data|Date|Para|To|Assunto|Subject|Cc)\\s*:.*$");
    private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{10,}\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile("^-- ?$");
    private static final Pattern SENT_FROM = Pattern.compile("(?i)^\\s*(Enviado do meu|Enviado de meu|Sent from my)\\s.*$");

    private ReplyText() {
    }

    /** The customer's own words of a reply, trimmed; empty when they only quoted. */
    public static String cut(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (startsQuote(lines, i) || SIGNATURE.matcher(line).matches() || SENT_FROM.matcher(line).matches()) {
                break;
            }
            if (line.stripLeading().startsWith(">")) {
                continue;
            }
            kept.add(line.stripTrailing());
        }
        return String.join("\n", kept).strip();
    }

    private static boolean startsQuote(String[] lines, int i) {
        String line = lines[i];
        if (ORIGINAL.matcher(line).matches() || UNDERSCORES.matcher(line).matches()) {
            return true;
        }
        // "Em seg., 1 de dez. de 2025 às 10:00, Fulano <f@x>" may wrap before "escreveu:"
        String joined = line;
        for (int j = i; j < Math.min(lines.length, i + 3); j++) {
            if (j > i) {
                joined = joined + " " + lines[j];
            }
            if ((PT_HEADER.matcher(joined).matches() && line.stripLeading().startsWith("Em "))
                    || (EN_HEADER.matcher(joined).matches() && line.stripLeading().startsWith("On "))) {
                return true;
            }
        }
        // An Outlook block: "De: …" followed within a few lines by "Enviado:/Para:/Assunto:"
        if (FROM_LINE.matcher(line).matches()) {
            for (int j = i + 1; j < Math.min(lines.length, i + 5); j++) {
                if (BLOCK_FIELD.matcher(lines[j]).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
