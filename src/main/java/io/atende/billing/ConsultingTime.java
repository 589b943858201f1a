package io.atende.billing;

import io.atende.billing.internal.BillingException;
import io.atende.billing.internal.ConsultingTimeEntries;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketNumber;
import io.atende.ticket.TicketReferences;
import io.atende.ticket.TicketType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers the time agents spend on Consultoria Telefônica tickets (R10); every entry is kept. */
@Service
@Transactional
public class ConsultingTime {

    private final ConsultingTimeEntries entries;
    private final TicketReferences tickets;
    private final Clock clock;

    ConsultingTime(ConsultingTimeEntries entries, TicketReferences tickets, Clock clock) {
        this.entries = entries;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** Whether time registered on the ticket is billed: it was opened as Consultoria Telefônica (R10). */
    public static boolean billable(Ticket ticket) {
        return ticket.getType() == TicketType.CONSULTORIA_TELEFONICA;
    }

    /**
     * Registers time on a billable ticket: either {@code minutes}, or {@code startedAt} and
     * {@code stoppedAt} (not both), by {@code author} now.
     *
     * @throws BillingException (INVALID) for a non-billable ticket or time that makes no sense
     */
    public ConsultingTimeEntry register(TicketNumber number, Integer minutes, Instant startedAt, Instant stoppedAt,
            String author) {
        Ticket ticket = tickets.byNumber(number).orElseThrow(() -> invalid("Ticket " + number + " não encontrado."));
        if (!billable(ticket)) {
            throw invalid("O ticket " + number + " não é de Consultoria Telefônica; o tempo não é registrado para cobrança.");
        }
        Instant now = clock.instant();
        boolean interval = startedAt != null || stoppedAt != null;
        if (minutes != null && interval) {
            throw invalid("Informe os minutos ou o início e o fim do atendimento, não os dois.");
        }
        int registered;
        Instant workedAt;
        if (interval) {
            if (startedAt == null || stoppedAt == null) {
                throw invalid("Informe o início e o fim do atendimento.");
            }
            if (!stoppedAt.isAfter(startedAt)) {
                throw invalid("O fim do atendimento precisa ser depois do início.");
            }
            if (stoppedAt.isAfter(now)) {
                throw invalid("O fim do atendimento não pode estar no futuro.");
            }
            long seconds = Duration.between(startedAt, stoppedAt).toSeconds();
            registered = (int) Math.min(Integer.MAX_VALUE, (seconds + 59) / 60); // a started minute counts
            workedAt = startedAt;
        } else {
            if (minutes == null) {
                throw invalid("Informe os minutos do atendimento.");
            }
            registered = minutes;
            workedAt = now;
        }
        if (registered < 1 || registered > ConsultingTimeEntry.MAX_MINUTES) {
            throw invalid("O tempo de um registro vai de 1 a " + ConsultingTimeEntry.MAX_MINUTES + " minutos.");
        }
        return entries.save(new ConsultingTimeEntry(ticket.getId(), ticket.getCompanyId(), registered, workedAt,
                startedAt, stoppedAt, author, now));
    }

    /** Every entry of the ticket, in the order it was worked. */
    @Transactional(readOnly = true)
    public List<ConsultingTimeEntry> of(TicketNumber number) {
        return entries.findByTicketIdOrderByWorkedAtAscIdAsc(number.value());
    }

    private static BillingException invalid(String message) {
        return new BillingException(BillingException.Kind.INVALID, message);
    }
}
