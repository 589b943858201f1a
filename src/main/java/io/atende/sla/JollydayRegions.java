package io.atende.sla;

import java.util.Map;

import de.focus_shift.jollyday.core.CalendarHierarchy;

/**
 * Translates a {@link Region} into jollyday's Brazilian hierarchy: {@code br → state (lower-case UF)
 * → city code}. jollyday names cities by short codes ({@code csp}, {@code crj}, {@code bh}), so the
 * city names are mapped here; a state or city jollyday does not know gets the level above.
 */
final class JollydayRegions {

    // From jollyday's Holidays_br.xml (1.5.6): state UF → normalized city name → city code.
    private static final Map<String, Map<String, String>> CITY_CODES = Map.of(
            "sp", Map.of("sao paulo", "csp"),
            "rj", Map.of("rio de janeiro", "crj"),
            "mg", Map.of("belo horizonte", "bh"),
            "ms", Map.of("campo grande", "cg", "dourados", "do"),
            "pr", Map.of("curitiba", "cu"),
            "rs", Map.of("santa maria", "sm"),
            "rn", Map.of("natal", "na"),
            "pb", Map.of("joao pessoa", "jpa"));

    private final CalendarHierarchy brazil;

    JollydayRegions(CalendarHierarchy brazil) {
        this.brazil = brazil;
    }

    /** The arguments for {@code HolidayManager.getHolidays(year, args)}: none, {state} or {state, city}. */
    String[] argumentsFor(Region region) {
        CalendarHierarchy state = region.state() == null ? null : brazil.getChildren().get(region.state());
        if (state == null) {
            return new String[0];
        }
        String cityCode = region.city() == null
                ? null
                : CITY_CODES.getOrDefault(region.state(), Map.of()).get(region.city());
        if (cityCode == null || !state.getChildren().containsKey(cityCode)) {
            return new String[] {region.state()};
        }
        return new String[] {region.state(), cityCode};
    }
}
