package io.atende.ticket.web;

import io.atende.ticket.Channel;
import io.atende.ticket.Environment;
import io.atende.ticket.Impact;
import io.atende.ticket.InvalidTicketException;
import io.atende.ticket.Product;
import io.atende.ticket.TicketDraft;
import io.atende.ticket.TicketType;
import io.atende.ticket.Urgency;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns request JSON into domain values, refusing each bad field with a message that says what to send. */
final class TicketRequests {

    static final int SUBJECT_MAX = 200;
    static final int TEXT_MAX = io.atende.ticket.Ticket.CUSTOMER_TEXT_MAX;

    private TicketRequests() {
    }

    static TicketDraft draft(OpenTicketRequest request) {
        if (request == null) {
            throw new InvalidTicketException("body", "Envie os dados do ticket em JSON.");
        }
        TicketType type = required(TicketType.class, "type", request.type());
        Product product = type == TicketType.ADMINISTRATIVO ? optional(Product.class, "product", request.product())
                : required(Product.class, "product", request.product());
        Channel channel = request.channel() == null || request.channel().isBlank() ? Channel.PORTAL
                : required(Channel.class, "channel", request.channel());
        if (!channel.customerMayDeclare()) {
            throw new InvalidTicketException("channel", "O canal " + channel.name() + " é registrado pela equipe que "
                    + "atende a ligação, não pelo cliente. Informe um destes canais: " + Channel.customerDeclarable()
                    .stream().map(Enum::name).collect(Collectors.joining(", ")) + " (ou omita o campo para PORTAL).");
        }
        return build(request, type, product, channel);
    }

    /** A draft the agent who takes a call fills in (issue 15): the channel is TELEFONE, whatever the request says. */
    static TicketDraft phoneDraft(OpenTicketRequest request) {
        TicketType type = required(TicketType.class, "type", request.type());
        Product product = type == TicketType.ADMINISTRATIVO ? optional(Product.class, "product", request.product())
                : required(Product.class, "product", request.product());
        return build(request, type, product, Channel.TELEFONE);
    }

    private static TicketDraft build(OpenTicketRequest request, TicketType type, Product product, Channel channel) {
        return new TicketDraft(type, channel, product, trimmed(request.routine(), "routine", 200),
                trimmed(request.version(), "version", 50), optional(Environment.class, "environment", request.environment()),
                requiredText("subject", request.subject(), SUBJECT_MAX), requiredText("description", request.description(), TEXT_MAX),
                required(Impact.class, "impact", request.impact()), required(Urgency.class, "urgency", request.urgency()));
    }

    static String requiredText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidTicketException(field, "O campo '" + field + "' é obrigatório.");
        }
        return trimmed(value, field, max);
    }

    private static String trimmed(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (text.length() > max) {
            throw new InvalidTicketException(field, "O campo '" + field + "' aceita no máximo " + max + " caracteres.");
        }
        return text;
    }

    private static <E extends Enum<E>> E required(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidTicketException(field, "O campo '" + field + "' é obrigatório; valores válidos: "
                    + valid(type) + ".");
        }
        return optional(type, field, value);
    }

    private static <E extends Enum<E>> E optional(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidTicketException(field, "Valor inválido para '" + field + "': '" + value
                    + "'. Valores válidos: " + valid(type) + ".");
        }
    }

    private static <E extends Enum<E>> String valid(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
