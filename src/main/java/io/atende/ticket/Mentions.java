package io.atende.ticket;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colleagues an agent asks for help in an internal note: {@code @<user id>} (the Camunda user id, e.g.
 * {@code @agente-suporte-rm}). Mentioned users are told by e-mail and may read and write on the ticket's staff page.
 */
public final class Mentions {

    /** After a start or a blank, so an e-mail address ({@code ana@empresa.com.br}) is not a mention. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@-])@([A-Za-z0-9][A-Za-z0-9._-]{0,63})");

    private Mentions() {
    }

    /** The user ids mentioned in {@code text}, in order, without repeats; a trailing dot is not part of an id. */
    public static Set<String> in(String text) {
        Set<String> ids = new LinkedHashSet<>();
        if (text == null) {
            return ids;
        }
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String id = matcher.group(1).replaceAll("[.]+$", "");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }
}
