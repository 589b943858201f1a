package io.atende.platform;

import java.time.Duration;

/**
 * Slows down password guessing for every way a customer signs in (the portal's form, the API's HTTP Basic):
 * one count per account and one per client address, kept where every node sees it. Implemented by the
 * portal's {@code LoginThrottle}.
 */
public interface SignInThrottle {

    /** How long sign-ins for this account or from this address must still wait; zero when they may try. */
    Duration waitFor(String account, String address);

    /** Counts a failed sign-in; returns the wait it caused (zero when none). */
    Duration recordFailure(String account, String address);

    /** A successful sign-in clears the account's count (not the address's). */
    void recordSuccess(String account);
}
