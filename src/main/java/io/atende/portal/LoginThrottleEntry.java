package io.atende.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** Failed logins of one account or one client address within the current window. */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected LoginThrottleEntry() {
    }

    LoginThrottleEntry(String key, Instant now) {
        this.key = key;
        this.windowStart = now;
    }

    /** Counts a failure; locks for {@code lock} once {@code max} failures fall within one {@code lock} window. */
    boolean fail(Instant now, int max, Duration lock) {
        if (windowStart.plus(lock).isBefore(now)) {
            failures = 0;
            windowStart = now;
        }
        failures++;
        if (failures >= max) {
            lockedUntil = now.plus(lock);
            failures = 0;
            windowStart = now;
            return true;
        }
        return false;
    }

    /** No failure within the current window and no lock. */
    boolean clean(Instant now, Duration lock) {
        return remaining(now).isZero() && (failures == 0 || windowStart.plus(lock).isBefore(now));
    }

    Duration remaining(Instant now) {
        return lockedUntil == null || !lockedUntil.isAfter(now) ? Duration.ZERO : Duration.between(now, lockedUntil);
    }
}
