package io.atende.billing.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All hourly rates; used inside this module only. */
public interface HourlyRates extends JpaRepository<HourlyRate, Long> {

    List<HourlyRate> findAllByOrderByEffectiveFromAsc();

    Optional<HourlyRate> findFirstByOrderByEffectiveFromDesc();
}
