package io.atende.billing.internal;

import io.atende.account.CustomerDirectory;
import io.atende.billing.StatementCalculator;
import io.atende.sla.BusinessCalendars;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketNumber;
import io.atende.ticket.TicketReferences;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Monthly Consultoria Telefônica statements per company (R10). */
@Service
@Transactional(readOnly = true)
public class Statements {

    private final ConsultingTimeEntries entries;
    private final ConsultingRates rates;
    private final TicketReferences tickets;
    private final CustomerDirectory customers;

    Statements(ConsultingTimeEntries entries, ConsultingRates rates, TicketReferences tickets,
            CustomerDirectory customers) {
        this.entries = entries;
        this.rates = rates;
        this.tickets = tickets;
        this.customers = customers;
    }

    /**
     * The statement of {@code companyId} for {@code month} (Brasília calendar month).
     *
     * @throws BillingException (NOT_FOUND) for an unknown company
     */
    public Statement of(Long companyId, YearMonth month) {
        String company = customers.companyName(companyId).orElseThrow(() -> new BillingException(
                BillingException.Kind.NOT_FOUND, "Empresa " + companyId + " não encontrada."));
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(BusinessCalendars.ZONE).toInstant();
        Map<Long, String> subjects = new HashMap<>();
        List<StatementCalculator.Entry> worked = entries.findByCompanyIdAndWorkedAtBeforeOrderByWorkedAtAscIdAsc(companyId, end)
                .stream().map(e -> new StatementCalculator.Entry(TicketNumber.of(e.getTicketId()),
                        subjects.computeIfAbsent(e.getTicketId(), this::subject), e.getMinutes(), e.getWorkedAt()))
                .toList();
        return StatementCalculator.statement(companyId, company, month, worked, rates.table());
    }

    /** Parses "2026-11"; refuses anything else with a message that shows the format. */
    public static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new BillingException(BillingException.Kind.INVALID, "Mês inválido: '" + text + "'. Use AAAA-MM, "
                    + "por exemplo 2026-11.");
        }
    }

    private String subject(Long ticketId) {
        return tickets.byNumber(TicketNumber.of(ticketId)).map(Ticket::getSubject).orElse("");
    }
}
