package io.atende.ticket;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the staff's views of a ticket (the task form's copy, the staff ticket page) write times and inherited
 * history, so an agent reads the same on both.
 */
public final class StaffFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("America/Sao_Paulo"));

    private StaffFormat() {
    }

    /** Date and time in Brasília, {@code dd/MM/yyyy HH:mm}. */
    public static String when(Instant at) {
        return WHEN.format(at);
    }

    /** A deadline in Brasília, saying so; "—" when there is none. */
    public static String due(Instant at) {
        return at == null ? "—" : when(at) + " (horário de Brasília)";
    }

    /** A status as the team says it (the portal words it for the customer instead). */
    public static String status(TicketStatus status) {
        return switch (status) {
            case ABERTO -> "Aberto (na fila da equipe)";
            case EM_ANALISE -> "Em análise";
            case AGUARDANDO_CLIENTE -> "Aguardando o cliente (SLA parado)";
            case EM_MANUTENCAO -> "Em manutenção";
            case RESOLVIDO -> "Resolvido (prazo de contestação)";
            case FECHADO -> "Fechado";
        };
    }

    /** The mark of a history entry a follow-up inherited (R19); empty for the ticket's own. */
    public static String inheritedMark(HistoryItem item) {
        return item.inheritedFrom() == null ? "" : "[herdado do ticket " + item.inheritedFrom() + "]";
    }
}
