package io.atende.ticket;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Tickets and instants the ticket tests share. */
public final class TicketFixtures {

    public static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
    public static final String ANA = "ana@paoquente.com.br";
    public static final String ROBERTO = "admin@paoquente.com.br";
    public static final String JOAO = "joao@acoforte.com.br";
    public static final String MARIA = "maria@inadimplente.com.br";
    /** FLY01 Varejo, Curitiba-PR. */
    public static final String CARLA = "carla@belavista.com.br";
    /** CLOUD, Porto Alegre-RS. */
    public static final String PEDRO = "pedro@nuvemservicos.com.br";

    private TicketFixtures() {
    }

    /** A Brasília wall-clock time as an instant. */
    public static Instant brasilia(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BRASILIA).toInstant();
    }

    public static TicketDraft supportDraft(Impact impact, Urgency urgency) {
        return new TicketDraft(TicketType.SUPORTE, Channel.PORTAL, Product.PROTHEUS, "MATA410 - Pedido de venda",
                "12.1.2410", Environment.PRODUCAO, "Rotina de faturamento falha",
                "Ao gerar a nota fiscal a rotina encerra com erro.", impact, urgency);
    }

    /** A support draft on another channel (R5). */
    public static TicketDraft supportDraft(Channel channel, Product product) {
        return new TicketDraft(TicketType.SUPORTE, channel, product, null, null, Environment.PRODUCAO,
                "Dúvida pelo canal " + channel, "Descrição detalhada do problema.", Impact.MEDIO, Urgency.MEDIA);
    }

    public static TicketDraft administrativeDraft() {
        return new TicketDraft(TicketType.ADMINISTRATIVO, Channel.PORTAL, null, null, null, null,
                "Regularizar boleto vencido", "Quero regularizar a pendência financeira.", Impact.MEDIO, Urgency.MEDIA);
    }
}
