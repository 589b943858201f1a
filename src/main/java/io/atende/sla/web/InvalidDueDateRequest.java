package io.atende.sla.web;

/** A due-date request the endpoint cannot answer; the message is the Portuguese detail for the caller. */
class InvalidDueDateRequest extends RuntimeException {

    InvalidDueDateRequest(String detail) {
        super(detail);
    }
}
