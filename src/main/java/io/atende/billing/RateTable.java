package io.atende.billing;

import io.atende.billing.internal.BillingException;
import io.atende.billing.internal.HourlyRate;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The hourly rates by effective date; the rate of a day is the latest one effective on or before it. */
public record RateTable(List<HourlyRate> rates) {

    public RateTable {
        rates = rates.stream().sorted(Comparator.comparing(HourlyRate::getEffectiveFrom)).toList();
    }

    /**
     * The rate in force on {@code day} (Brasília calendar day).
     *
     * @throws BillingException when no rate was effective yet
     */
    public HourlyRate on(LocalDate day) {
        HourlyRate found = null;
        for (HourlyRate rate : rates) {
            if (!rate.getEffectiveFrom().isAfter(day)) {
                found = rate;
            }
        }
        if (found == null) {
            throw new BillingException(BillingException.Kind.CONFLICT, "Não há valor-hora vigente em " + day + ".");
        }
        return found;
    }
}
