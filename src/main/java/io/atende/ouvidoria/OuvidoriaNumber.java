package io.atende.ouvidoria;

import java.util.Optional;

/** An Ouvidoria case's public number (eight digits from 90000001), also its process business key. */
public record OuvidoriaNumber(long value) {

    public static OuvidoriaNumber of(long value) {
        return new OuvidoriaNumber(value);
    }

    /** Parses a number as a customer writes it; empty when it is not one. */
    public static Optional<OuvidoriaNumber> parse(String text) {
        if (text == null || !text.trim().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(new OuvidoriaNumber(Long.parseLong(text.trim())));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
