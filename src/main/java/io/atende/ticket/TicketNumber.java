package io.atende.ticket;

import java.util.Optional;

/** A ticket's public number: eight digits, also its process business key. */
public record TicketNumber(long value) {

    public static TicketNumber of(long value) {
        return new TicketNumber(value);
    }

    /** Parses a number as a customer or an e-mail subject writes it; empty when it is not one. */
    public static Optional<TicketNumber> parse(String text) {
        if (text == null || !text.trim().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(new TicketNumber(Long.parseLong(text.trim())));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
