package io.atende.portal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Login throttling state, per account and per client address. */
interface LoginThrottleEntries extends JpaRepository<LoginThrottleEntry, String> {
}
