package io.atende.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** All Prime contracts, one per Prime company at most. */
public interface PrimeContracts extends JpaRepository<PrimeContract, Long> {

    /**
     * Read on every ticket's classification. Written as JPQL, not derived from the method name: Hibernate
     * 6.6 keeps the plan of a JPQL string, but translates a derived (criteria) query to SQL anew on each call.
     */
    @Query("select c from PrimeContract c left join fetch c.targets where c.companyId = ?1")
    Optional<PrimeContract> findByCompanyId(Long companyId);
}
