package io.atende.sla.internal;

/**
 * Who changes a day's on-call duty and why, for its history (R15): the Camunda user id and name, the reason (the
 * staff screen requires one; the API may send none), and the version of the day the editor saw, so that a change
 * made by someone else in the meantime is refused instead of overwritten.
 *
 * @param seenVersion the {@link OnCallDuty#version()} the editor saw, {@link #NOTHING_PUBLISHED} when the day had
 *     no duty, or null for a change that is not checked (the API: the last writer wins)
 */
public record OnCallEdit(String userId, String name, String reason, Long seenVersion) {

    /** The editor saw no duty published for the day. */
    public static final long NOTHING_PUBLISHED = -1;

    public static final int REASON_MAX = 2000;

    public OnCallEdit {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("an on-call change needs the editor's user id");
        }
        name = name == null || name.isBlank() ? userId : name.strip();
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** A change not checked against what the editor saw. */
    public static OnCallEdit unchecked(String userId, String name, String reason) {
        return new OnCallEdit(userId, name, reason, null);
    }
}
