package io.atende.ticket;

/** Why a ticket was closed (R18). */
public enum CloseReason {
    ACCEPTED, CONTEST_WINDOW_ENDED
}
