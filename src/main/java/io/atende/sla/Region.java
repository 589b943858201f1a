package io.atende.sla;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A {@link Location} reduced to comparable keys: the UF in lower case ({@code "sp"}) and the city
 * name without accents, in lower case, single-spaced ({@code "sao paulo"}). Either may be null.
 * A city without a state is dropped: city names repeat across states.
 */
record Region(String state, String city) {

    static final Region NATIONAL = new Region(null, null);

    static Region of(Location location) {
        if (location == null) {
            return NATIONAL;
        }
        String state = normalize(location.state());
        String city = state == null ? null : normalize(location.city());
        return new Region(state, city);
    }

    /** Accent-, case- and space-insensitive form of a name; null when blank. */
    static String normalize(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
