package io.atende.sla;

/**
 * Where a customer is, for local holidays (R15): a Brazilian state (UF, e.g. "SP") and a city
 * name (e.g. "São Paulo"). Either may be null when unknown; then only national holidays count.
 */
public record Location(String state, String city) {

    public static final Location NATIONAL = new Location(null, null);
}
