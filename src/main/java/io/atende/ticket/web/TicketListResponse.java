package io.atende.ticket.web;

import java.util.List;

/**
 * A page of the customer's tickets, newest first. No total: counting every ticket of a large company
 * on each request would make the list slower as the company's history grows; {@code hasNext} says
 * whether to ask for {@code page + 1}.
 */
public record TicketListResponse(List<TicketResponse> content, int page, int size, boolean hasNext) {
}
