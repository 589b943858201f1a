package io.atende.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All Prime contracts, one per Prime company at most. */
public interface PrimeContracts extends JpaRepository<PrimeContract, Long> {

    Optional<PrimeContract> findByCompanyId(Long companyId);
}
