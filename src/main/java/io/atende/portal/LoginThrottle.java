package io.atende.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import io.atende.platform.SignInThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code maxFailuresPerAccount} failures for one e-mail, or
 * {@code maxFailuresPerAddress} from one client address, within {@code lockDuration}, logins for
 * it wait {@code lockDuration}. The limit per address is higher, as a whole office may share one.
 */
@Service
public class LoginThrottle implements SignInThrottle {

    /** Concurrent failures for one key collide on its row (version, or two first inserts): each is retried. */
    private static final int ATTEMPTS = 8;

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginThrottleEntries entries;
    private final PortalSettings settings;
    private final Clock clock;

    private final TransactionTemplate ownTransaction;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    LoginThrottle(LoginThrottleEntries entries, PortalSettings settings, Clock clock,
            PlatformTransactionManager transactions, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How long logins for this e-mail or from this address must still wait; zero when they may try. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public Duration waitFor(String email, String address) {
        Instant now = clock.instant();
        Optional<LoginThrottleEntry> account = entries.findById(accountKey(email));
        Duration accountWait = account.map(e -> e.remaining(now)).orElse(Duration.ZERO);
        if (address == null || address.isBlank()) {
            return accountWait;
        }
        Duration addressWait = entries.findById("ip:" + address).map(e -> e.remaining(now)).orElse(Duration.ZERO);
        // A locked address holds back the names that failed from it lately, not a contact who has not: failures of
        // many people behind one office address (staff trying their Camunda password, typos) must not lock every
        // customer there out (issue 24). A guesser spraying names still gets one try per name and lock window.
        if (!addressWait.isZero() && account.map(e -> e.clean(now, settings.lockDuration())).orElse(true)) {
            addressWait = Duration.ZERO;
        }
        return accountWait.compareTo(addressWait) >= 0 ? accountWait : addressWait;
    }

    /**
     * Counts a failed login; returns the wait it caused (zero when none). Each key is counted in its own
     * transaction, retried when a concurrent failure for the same key changed or created its row first (30
     * parallel wrong logins for one e-mail answered 500 before, issue 12), so every failure counts once.
     */
    @Override
    public Duration recordFailure(String email, String address) {
        boolean locked = false;
        for (String key : keys(email, address)) {
            int max = key.startsWith("ip:") ? settings.maxFailuresPerAddress() : settings.maxFailuresPerAccount();
            locked |= countFailure(key, max);
        }
        return locked ? settings.lockDuration() : Duration.ZERO;
    }

    private boolean countFailure(String key, int max) {
        for (int attempt = 1; ; attempt++) {
            ensureRow(key);
            try {
                return Boolean.TRUE.equals(ownTransaction.execute(status -> {
                    Instant now = clock.instant();
                    LoginThrottleEntry entry = entries.findById(key).orElseGet(() -> new LoginThrottleEntry(key, now));
                    boolean lockedNow = entry.fail(now, max, settings.lockDuration());
                    entries.saveAndFlush(entry);
                    if (lockedNow) {
                        log.warn("Logins for {} locked for {} after {} failures", key, settings.lockDuration(), max);
                    }
                    return lockedNow;
                }));
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
                if (attempt == ATTEMPTS) {
                    log.warn("Failed login for {} not counted after {} concurrent attempts", key, ATTEMPTS);
                    return false;
                }
            }
        }
    }

    /**
     * The key's row exists before it is counted: concurrent first failures for one key race on this insert, which
     * one wins; the others find the row (before, their JPA inserts failed with a logged unique-key error).
     */
    private void ensureRow(String key) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update("insert into login_throttle (throttle_key, "
                    + "failures, window_start, version) select ?, 0, ?, 0 where not exists (select 1 from "
                    + "login_throttle where throttle_key = ?)", key,
                    java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), key));
        } catch (DataIntegrityViolationException raced) {
            // another request inserted it first: it is there
        }
    }

    /** A successful login clears the account's count (not the address's); nothing is written when there is none. */
    @Override
    public void recordSuccess(String email) {
        String key = accountKey(email);
        try {
            ownTransaction.executeWithoutResult(status -> {
                if (entries.existsById(key)) {
                    entries.deleteById(key);
                }
            });
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
            // a concurrent failure changed the row: it stands, the next success clears it
        }
    }

    /** Forgets every count and lock (operations, tests). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
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
