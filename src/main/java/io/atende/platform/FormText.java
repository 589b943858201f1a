package io.atende.platform;

import java.util.Locale;

/**
 * Text for a field of a Camunda Form, set as a task-local string variable. The engine keeps a string
 * variable in a 4,000-character column ({@code TEXT_} of {@code ACT_RU_VARIABLE}, on H2 and on
 * PostgreSQL), so a longer value (a pasted log, a long history) made the task, and the ticket with
 * it, fail. The form's copy is cut to fit and says what it left out; the record itself (the ticket,
 * its history) keeps every character.
 */
public final class FormText {

    /** The longest string the engine stores in a variable. */
    public static final int MAX = 4000;

    /** How far from the cut a line break is looked for, to keep whole lines. */
    private static final int LINE_SEARCH = 400;

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private FormText() {
    }

    /** The beginning of the text, then a note of how much was left out (a description, a comment). */
    public static String head(String text) {
        if (text == null || text.length() <= MAX) {
            return text;
        }
        // The note for all the characters is at least as long as the note for those actually left out.
        int keep = safeCut(text, MAX - headNote(text.length()).length());
        int lineEnd = text.lastIndexOf('\n', keep - 1);
        if (lineEnd > keep - LINE_SEARCH) {
            keep = lineEnd; // end on a whole line when one ends near the cut
        }
        return text.substring(0, keep) + headNote(text.length() - keep);
    }

    /** A note of how much was left out, then the end of the text (a history, whose latest entries matter most). */
    public static String tail(String text) {
        if (text == null || text.length() <= MAX) {
            return text;
        }
        int from = text.length() - (MAX - tailNote(text.length()).length());
        int lineStart = text.indexOf('\n', from - 1);
        if (lineStart >= 0 && lineStart < from + LINE_SEARCH) {
            from = lineStart + 1; // start on a whole line when one starts near the cut
        } else if (Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return tailNote(from) + text.substring(from);
    }

    private static String headNote(int omitted) {
        return "\n\n[… " + String.format(PT_BR, "%,d", omitted) + " caracteres omitidos: este campo mostra até 4.000;"
                + " o texto completo está no registro do ticket]";
    }

    private static String tailNote(int omitted) {
        return "[… " + String.format(PT_BR, "%,d", omitted) + " caracteres das interações mais antigas omitidos: este"
                + " campo mostra até 4.000; o histórico completo está no registro do ticket]\n\n";
    }

    /** A cut at most at {@code index} that does not split a surrogate pair. */
    private static int safeCut(String text, int index) {
        return index > 0 && Character.isHighSurrogate(text.charAt(index - 1)) ? index - 1 : index;
    }
}
