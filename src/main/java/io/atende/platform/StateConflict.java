package io.atende.platform;

/**
 * Marks an exception that refuses an action because of the current state of what it acts on (a ticket no longer
 * waiting for the customer, say): the caller's request was fine but came late, so the engine's REST answers 409 with
 * the exception's Portuguese message instead of 500.
 */
public interface StateConflict {

    String getMessage();
}
