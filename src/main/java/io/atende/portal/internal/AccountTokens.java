package io.atende.portal.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All account links issued. */
interface AccountTokens extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    List<AccountToken> findByContactIdAndUsedAtIsNull(Long contactId);

    long countByContactIdAndPurposeAndCreatedAtAfter(Long contactId, AccountToken.Purpose purpose, java.time.Instant after);
}
