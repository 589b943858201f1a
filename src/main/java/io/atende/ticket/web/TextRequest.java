package io.atende.ticket.web;

/** A reply's {@code text} or a contestation's {@code reason}. */
public record TextRequest(String text, String reason) {
}
