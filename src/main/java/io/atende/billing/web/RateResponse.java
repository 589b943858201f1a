package io.atende.billing.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.atende.billing.internal.HourlyRate;
import java.time.Instant;
import java.time.LocalDate;

/** An hourly rate: amount in reais as a decimal string ("250.00"), never a floating-point number. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RateResponse(Long id, String hourlyRate, String hourlyRateFormatted, LocalDate effectiveFrom, String igpmPercent,
        Long derivedFrom, String createdBy, Instant createdAt) {

    static RateResponse of(HourlyRate r) {
        return new RateResponse(r.getId(), r.rate().plain(), r.rate().formatted(), r.getEffectiveFrom(),
                r.getIgpmPercent() == null ? null : r.getIgpmPercent().stripTrailingZeros().toPlainString(),
                r.getDerivedFrom(), r.getCreatedBy(), r.getCreatedAt());
    }
}
