package io.atende.portal.internal;

import io.atende.ticket.Environment;
import io.atende.ticket.HistoryKind;
import io.atende.ticket.Impact;
import io.atende.ticket.Priority;
import io.atende.ticket.Product;
import io.atende.ticket.TicketStatus;
import io.atende.ticket.TicketType;
import io.atende.ticket.Urgency;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** How the portal writes instants (Brasília) and the domain's values, in Portuguese. */
public final class PortalFormat {

    public static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BRASILIA);

    private static final Map<TicketStatus, String> STATUS = Map.of(
            TicketStatus.ABERTO, "Aberto",
            TicketStatus.EM_ANALISE, "Em análise",
            TicketStatus.AGUARDANDO_CLIENTE, "Aguardando sua resposta",
            TicketStatus.EM_MANUTENCAO, "Em manutenção",
            TicketStatus.RESOLVIDO, "Resolvido: aguardando seu aceite",
            TicketStatus.FECHADO, "Fechado");

    private PortalFormat() {
    }

    /** "29/11/2026 14:05 (Brasília)", or "—". */
    public static String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant) + " (Brasília)";
    }

    public static String status(TicketStatus status) {
        return STATUS.get(status);
    }

    public static String type(TicketType type) {
        return switch (type) {
            case SUPORTE -> "Suporte técnico";
            case CONSULTORIA_TELEFONICA -> "Consultoria Telefônica";
            case ADMINISTRATIVO -> "Administrativo/financeiro (CST)";
            case CUSTOMIZACAO -> "Customização (equipe do contrato)";
        };
    }

    public static String priority(Priority priority) {
        if (priority == null) {
            return "Em classificação";
        }
        return switch (priority) {
            case URGENTE -> "Urgente";
            case ALTO -> "Alto";
            case NORMAL -> "Normal";
            case BAIXO -> "Baixo";
        };
    }

    public static String impact(Impact impact) {
        return switch (impact) {
            case ALTO -> "Alto: a operação parou";
            case MEDIO -> "Médio: parte da operação é afetada";
            case BAIXO -> "Baixo: incômodo, há alternativa";
        };
    }

    public static String urgency(Urgency urgency) {
        return switch (urgency) {
            case ALTA -> "Alta: preciso hoje";
            case MEDIA -> "Média: nos próximos dias";
            case BAIXA -> "Baixa: sem prazo";
        };
    }

    public static String environment(Environment environment) {
        if (environment == null) {
            return "—";
        }
        return switch (environment) {
            case PRODUCAO -> "Produção";
            case HOMOLOGACAO -> "Homologação";
            case DESENVOLVIMENTO -> "Desenvolvimento";
        };
    }

    public static String product(Product product) {
        if (product == null) {
            return "—";
        }
        return switch (product) {
            case SERIE1 -> "Série 1";
            case FLUIG -> "fluig";
            case FLY01 -> "Fly01";
            case CLOUD -> "Cloud";
            default -> product.name().charAt(0) + product.name().substring(1).toLowerCase();
        };
    }

    public static String history(HistoryKind kind) {
        return kind.label();
    }
}
