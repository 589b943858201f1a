package io.atende.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code maxFailuresPerAccount} failures for one e-mail, or
 * {@code maxFailuresPerAddress} from one client address, within {@code lockDuration}, logins for
 * it wait {@code lockDuration}. The limit per address is higher, as a whole office may share one.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginThrottleEntries entries;
    private final PortalSettings settings;
    private final Clock clock;

    LoginThrottle(LoginThrottleEntries entries, PortalSettings settings, Clock clock) {
        this.entries = entries;
        this.settings = settings;
        this.clock = clock;
    }

    /** How long logins for this e-mail or from this address must still wait; zero when they may try. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Duration waitFor(String email, String address) {
        Instant now = clock.instant();
        return keys(email, address).stream().map(k -> entries.findById(k).map(e -> e.remaining(now)).orElse(Duration.ZERO))
                .max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Counts a failed login; returns the wait it caused (zero when none). */
    public Duration recordFailure(String email, String address) {
        Instant now = clock.instant();
        boolean locked = false;
        for (String key : keys(email, address)) {
            int max = key.startsWith("ip:") ? settings.maxFailuresPerAddress() : settings.maxFailuresPerAccount();
            LoginThrottleEntry entry = entries.findById(key).orElseGet(() -> new LoginThrottleEntry(key, now));
            if (entry.fail(now, max, settings.lockDuration())) {
                locked = true;
                log.warn("Logins for {} locked for {} after {} failures", key, settings.lockDuration(), max);
            }
            entries.save(entry);
        }
        return locked ? settings.lockDuration() : Duration.ZERO;
    }

    /** A successful login clears the account's count (not the address's). */
    public void recordSuccess(String email) {
        entries.deleteById(accountKey(email));
    }

    /** Forgets every count and lock (operations, tests). */
    public void clear() {
        entries.deleteAllInBatch();
    }

    private static List<String> keys(String email, String address) {
        return address == null || address.isBlank() ? List.of(accountKey(email))
                : List.of(accountKey(email), "ip:" + address);
    }

    private static String accountKey(String email) {
        String value = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return "email:" + (value.length() > 320 ? value.substring(0, 320) : value);
    }
}
