package io.atende.billing.internal;

import io.atende.billing.Money;
import io.atende.ticket.TicketNumber;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A company's monthly Consultoria Telefônica statement (R10): one line per ticket and hourly rate
 * applied, the minutes registered and billed in the month, and the amounts in reais.
 */
public record Statement(Long companyId, String companyName, YearMonth month, List<Line> lines, Money total) {

    /**
     * One ticket at one rate. {@code minutesBilled} includes the top-up to the 10-minute minimum
     * in the month the ticket's first time was registered; {@code amount} = rate × minutesBilled / 60,
     * rounded to centavos.
     */
    public record Line(TicketNumber ticket, String subject, int minutesRegistered, int minutesBilled, Money hourlyRate,
            LocalDate rateEffectiveFrom, Money amount) {
    }

    public int minutesRegistered() {
        return lines.stream().mapToInt(Line::minutesRegistered).sum();
    }

    public int minutesBilled() {
        return lines.stream().mapToInt(Line::minutesBilled).sum();
    }
}
