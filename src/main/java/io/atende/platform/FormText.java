package io.atende.platform;

import java.util.Locale;

/**
 * Text for a field of a Camunda Form, set as a task-local string variable. The engine keeps a string
 * variable in a 4,000-character column ({@code TEXT_} of {@code ACT_RU_VARIABLE}, on H2 and on
 * PostgreSQL), so a longer value (a pasted log, a long history) made the task, and the ticket with
 * it, fail. The form's copy is cut to fit and says what it left out and where the whole text is; the
 * record itself (the ticket, its history) keeps every character.
 */
public final class FormText {

    /** The longest string the engine stores in a variable. */
    public static final int MAX = 4000;

    /** How far from the cut a line break is looked for, to keep whole lines. */
    private static final int LINE_SEARCH = 400;

    /**
     * The longest address a note names; a longer one (a misconfigured public URL) would crowd out the text,
     * so the note then names the record instead.
     */
    static final int MAX_ADDRESS = 1000;

    private static final String IN_THE_RECORD = "no registro do ticket";

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private FormText() {
    }

    /** The beginning of the text, then a note of how much was left out (a description, a comment). */
    public static String head(String text) {
        return cutHead(text, IN_THE_RECORD);
    }

    /**
     * Like {@link #head(String)}, the note saying the whole text is at {@code fullTextUrl} (the staff ticket
     * page), so the agent can open it.
     */
    public static String head(String text, String fullTextUrl) {
        return cutHead(text, at(fullTextUrl));
    }

    /** A note of how much was left out, then the end of the text (a history, whose latest entries matter most). */
    public static String tail(String text) {
        return cutTail(text, IN_THE_RECORD);
    }

    /** Like {@link #tail(String)}, the note saying the whole history is at {@code fullTextUrl}. */
    public static String tail(String text, String fullTextUrl) {
        return cutTail(text, at(fullTextUrl));
    }

    private static String at(String url) {
        return url == null || url.isBlank() || url.length() > MAX_ADDRESS ? IN_THE_RECORD : "em " + url;
    }

    private static String cutHead(String text, String where) {
        if (text == null || text.length() <= MAX) {
            return text;
        }
        // The note for all the characters is at least as long as the note for those actually left out.
        int keep = safeCut(text, MAX - headNote(text.length(), where).length());
        int lineEnd = text.lastIndexOf('\n', keep - 1);
        if (lineEnd > keep - LINE_SEARCH) {
            keep = lineEnd; // end on a whole line when one ends near the cut
        }
        return text.substring(0, keep) + headNote(text.length() - keep, where);
    }

    private static String cutTail(String text, String where) {
        if (text == null || text.length() <= MAX) {
            return text;
        }
        int from = text.length() - (MAX - tailNote(text.length(), where).length());
        int lineStart = text.indexOf('\n', from - 1);
        if (lineStart >= 0 && lineStart < from + LINE_SEARCH) {
            from = lineStart + 1; // start on a whole line when one starts near the cut
        } else if (Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return tailNote(from, where) + text.substring(from);
    }

    private static String headNote(int omitted, String where) {
        return "\n\n[… " + String.format(PT_BR, "%,d", omitted) + " caracteres omitidos: este campo mostra até 4.000;"
                + " o texto completo está " + where + "]";
    }

    private static String tailNote(int omitted, String where) {
        return "[… " + String.format(PT_BR, "%,d", omitted) + " caracteres das interações mais antigas omitidos: este"
                + " campo mostra até 4.000; o histórico completo está " + where + "]\n\n";
    }

    /** A cut at most at {@code index} that does not split a surrogate pair. */
    private static int safeCut(String text, int index) {
        return index > 0 && Character.isHighSurrogate(text.charAt(index - 1)) ? index - 1 : index;
    }
}
