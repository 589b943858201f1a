package io.atende.billing;

import io.atende.billing.internal.HourlyRate;
import io.atende.billing.internal.Statement;
import io.atende.ticket.TicketNumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/** Rates and registered time the billing tests price. */
final class BillingFixtures {

    static final TicketNumber TICKET_A = TicketNumber.of(10000101);
    static final TicketNumber TICKET_B = TicketNumber.of(10000102);

    private BillingFixtures() {
    }

    /** R$ 250,00 from 2026-01-01 (the seed rate). */
    static HourlyRate seedRate() {
        return new HourlyRate(Money.of("250.00"), LocalDate.parse("2026-01-01"), null, null, "teste",
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    static RateTable rates(HourlyRate... rates) {
        return new RateTable(List.of(rates));
    }

    static StatementCalculator.Entry entry(TicketNumber ticket, int minutes, String brasilia) {
        return new StatementCalculator.Entry(ticket, "Dúvida na rotina " + ticket, minutes,
                LocalDateTime.parse(brasilia).atZone(io.atende.sla.BusinessCalendars.ZONE).toInstant());
    }

    static Statement statement(String month, RateTable rates, StatementCalculator.Entry... entries) {
        return StatementCalculator.statement(1L, "Padaria Pão Quente Ltda", YearMonth.parse(month), List.of(entries), rates);
    }

    static BigDecimal percent(String value) {
        return new BigDecimal(value);
    }
}
