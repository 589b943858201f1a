package io.atende.billing.internal;

import io.atende.billing.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The Consultoria Telefônica hourly rate from a date on (R10). A new rate is derived from the
 * previous one by the yearly IGP-M adjustment; every rate is kept.
 */
@Entity
@Table(name = "consulting_rate")
public class HourlyRate {

    static final BigDecimal MIN_PERCENT = BigDecimal.valueOf(-100);
    static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hourly_rate", nullable = false, precision = 12, scale = 2)
    private BigDecimal hourlyRate;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "igpm_percent", precision = 9, scale = 4)
    private BigDecimal igpmPercent;

    @Column(name = "derived_from")
    private Long derivedFrom;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HourlyRate() {
    }

    public HourlyRate(Money rate, LocalDate effectiveFrom, BigDecimal igpmPercent, Long derivedFrom, String createdBy,
            Instant createdAt) {
        if (rate.amount().signum() <= 0) {
            throw new BillingException(BillingException.Kind.INVALID, "O valor-hora precisa ser positivo.");
        }
        this.hourlyRate = rate.amount();
        this.effectiveFrom = effectiveFrom;
        this.igpmPercent = igpmPercent;
        this.derivedFrom = derivedFrom;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * The rate after the yearly IGP-M adjustment (R10): this rate × (1 + percent/100), rounded once
     * to centavos (HALF_EVEN), effective from {@code effectiveFrom}.
     *
     * @throws BillingException when the percent is out of (-100, 100], has more than 4 decimals,
     *     or the date is not after this rate's
     */
    public HourlyRate adjustByIgpm(BigDecimal percent, LocalDate effectiveFrom, String author, Instant at) {
        if (percent == null || effectiveFrom == null) {
            throw new BillingException(BillingException.Kind.INVALID, "Informe 'percent' (IGP-M em %, ex.: \"4.25\" ou "
                    + "\"-1.10\") e 'effectiveFrom' (data de vigência, AAAA-MM-DD).");
        }
        if (percent.compareTo(MIN_PERCENT) <= 0 || percent.compareTo(MAX_PERCENT) > 0) {
            throw new BillingException(BillingException.Kind.INVALID, "O IGP-M informado (" + percent.toPlainString()
                    + "%) está fora do intervalo aceito: maior que -100% e até 100%.");
        }
        if (percent.stripTrailingZeros().scale() > 4) {
            throw new BillingException(BillingException.Kind.INVALID, "Informe o IGP-M com no máximo 4 casas decimais.");
        }
        if (!effectiveFrom.isAfter(this.effectiveFrom)) {
            throw new BillingException(BillingException.Kind.CONFLICT, "O reajuste precisa valer depois do valor-hora "
                    + "vigente desde " + this.effectiveFrom + "; informe uma data posterior.");
        }
        return new HourlyRate(rate().adjustedBy(percent), effectiveFrom, percent, id, author, at);
    }

    public Money rate() {
        return Money.of(hourlyRate);
    }

    public Long getId() { return id; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public BigDecimal getIgpmPercent() { return igpmPercent; }
    public Long getDerivedFrom() { return derivedFrom; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
