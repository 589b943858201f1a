package io.atende.billing.internal;

import io.atende.billing.RateTable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Consultoria Telefônica hourly rates and their yearly IGP-M adjustment (R10). */
@Service
@Transactional
public class ConsultingRates {

    private final HourlyRates rates;
    private final Clock clock;

    ConsultingRates(HourlyRates rates, Clock clock) {
        this.rates = rates;
        this.clock = clock;
    }

    /** Every rate, oldest first. */
    @Transactional(readOnly = true)
    public List<HourlyRate> all() {
        return rates.findAllByOrderByEffectiveFromAsc();
    }

    @Transactional(readOnly = true)
    public RateTable table() {
        return new RateTable(all());
    }

    /**
     * Applies the yearly IGP-M adjustment: a new rate derived from the latest one, effective from
     * {@code effectiveFrom}; the previous rate stays for the days before.
     */
    public HourlyRate applyIgpm(BigDecimal percent, LocalDate effectiveFrom, String author) {
        HourlyRate latest = rates.findFirstByOrderByEffectiveFromDesc()
                .orElseThrow(() -> new BillingException(BillingException.Kind.CONFLICT, "Não há valor-hora cadastrado."));
        return rates.saveAndFlush(latest.adjustByIgpm(percent, effectiveFrom, author, clock.instant()));
    }
}
