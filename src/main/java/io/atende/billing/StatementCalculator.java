package io.atende.billing;

import io.atende.billing.internal.HourlyRate;
import io.atende.billing.internal.Statement;
import io.atende.sla.BusinessCalendars;
import io.atende.ticket.TicketNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prices registered consulting time (R10), without the database, so the rules are tested alone:
 * <ul>
 * <li>100% of the registered time is billed, whatever the ticket's outcome;</li>
 * <li>a ticket with less than {@value #MINIMUM_MINUTES} minutes in total is billed
 *     {@value #MINIMUM_MINUTES}: the entries of a ticket, in the order they were worked, are billed
 *     so that the running total billed is max(running total registered, 10) — the first entry
 *     carries the top-up, later ones are billed only for what goes beyond 10 minutes. A month's
 *     statement never changes because time is registered later;</li>
 * <li>each entry is priced at the rate in force on the day it was worked (Brasília), so a month
 *     that spans a rate change shows one line per rate;</li>
 * <li>a line's amount is rate × minutes / 60, rounded once to centavos (HALF_EVEN); the total is
 *     the sum of the lines.</li>
 * </ul>
 */
public final class StatementCalculator {

    public static final int MINIMUM_MINUTES = 10;

    /** Registered time as the calculator needs it. */
    public record Entry(TicketNumber ticket, String subject, int minutes, Instant workedAt) {
    }

    private StatementCalculator() {
    }

    /**
     * The statement of {@code month} from {@code entries}: every entry of the company's tickets
     * worked before the end of the month (earlier months are needed for the minimum).
     */
    public static Statement statement(Long companyId, String companyName, YearMonth month, List<Entry> entries,
            RateTable rates) {
        Map<TicketNumber, List<Entry>> byTicket = entries.stream()
                .sorted(Comparator.comparing(Entry::workedAt))
                .collect(Collectors.groupingBy(Entry::ticket, LinkedHashMap::new, Collectors.toList()));
        Map<String, Statement.Line> lines = new LinkedHashMap<>();
        for (List<Entry> ticketEntries : byTicket.values()) {
            int registered = 0;
            for (Entry entry : ticketEntries) {
                int billed = billedThrough(registered + entry.minutes()) - billedThrough(registered);
                registered += entry.minutes();
                LocalDate day = entry.workedAt().atZone(BusinessCalendars.ZONE).toLocalDate();
                if (!YearMonth.from(day).equals(month)) {
                    continue;
                }
                HourlyRate rate = rates.on(day);
                String key = entry.ticket() + "@" + rate.getEffectiveFrom();
                Statement.Line previous = lines.get(key);
                int lineRegistered = entry.minutes() + (previous == null ? 0 : previous.minutesRegistered());
                int lineBilled = billed + (previous == null ? 0 : previous.minutesBilled());
                lines.put(key, new Statement.Line(entry.ticket(), entry.subject(), lineRegistered, lineBilled,
                        rate.rate(), rate.getEffectiveFrom(), rate.rate().forMinutes(lineBilled)));
            }
        }
        List<Statement.Line> sorted = new ArrayList<>(lines.values());
        sorted.sort(Comparator.comparing((Statement.Line l) -> l.ticket().value())
                .thenComparing(Statement.Line::rateEffectiveFrom));
        Money total = sorted.stream().map(Statement.Line::amount).reduce(Money.ZERO, Money::plus);
        return new Statement(companyId, companyName, month, List.copyOf(sorted), total);
    }

    /** Minutes billed for a ticket with {@code registered} minutes in total: at least the minimum once any time exists. */
    static int billedThrough(int registered) {
        return registered <= 0 ? 0 : Math.max(registered, MINIMUM_MINUTES);
    }
}
