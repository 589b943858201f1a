package io.atende.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of a Prime company's contract (R14, R22): optional per-classification overrides of
 * R20's targets, non-stop (24x7) operation, and the team that takes its customization demands.
 */
@Entity
@Table(name = "prime_contract")
public class PrimeContract {

    /** The classifications of R20 (ticket priorities), the keys an override may use, lowest first. */
    public static final List<String> CLASSIFICATIONS = List.of("BAIXO", "NORMAL", "ALTO", "URGENTE");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false, unique = true)
    private Long companyId;

    @Column(name = "non_stop", nullable = false)
    private boolean nonStop;

    @Column(name = "customization_team", length = 64)
    private String customizationTeam;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "prime_contract_target", joinColumns = @JoinColumn(name = "contract_id"))
    @MapKeyColumn(name = "classification", length = 10)
    private Map<String, Target> targets = new HashMap<>();

    @Version
    private long version;

    protected PrimeContract() {
    }

    public PrimeContract(Company company, boolean nonStop, String customizationTeam) {
        if (company.getOffer() != Offer.PRIME) {
            throw new IllegalArgumentException("Only a PRIME company has a Prime contract: " + company.getName());
        }
        this.companyId = company.getId();
        changeTerms(nonStop, customizationTeam);
    }

    /** Non-stop (24x7) operation and the team of the customization demands (null or blank: none named). */
    public void changeTerms(boolean nonStop, String customizationTeam) {
        this.nonStop = nonStop;
        this.customizationTeam = customizationTeam == null || customizationTeam.isBlank() ? null
                : customizationTeam.trim();
    }

    /**
     * Overrides R20's targets for one classification; a null value keeps the default of that target, and two nulls
     * drop the override altogether.
     */
    public PrimeContract overrideTargets(String classification, Integer supportHours, Integer maintenanceDays) {
        if (!CLASSIFICATIONS.contains(classification)) {
            throw new IllegalArgumentException("Unknown classification " + classification + "; one of " + CLASSIFICATIONS);
        }
        if ((supportHours != null && supportHours <= 0) || (maintenanceDays != null && maintenanceDays <= 0)) {
            throw new IllegalArgumentException("Contract targets must be positive");
        }
        if (supportHours == null && maintenanceDays == null) {
            targets.remove(classification);
        } else {
            targets.put(classification, new Target(supportHours, maintenanceDays));
        }
        return this;
    }

    /** The read-only view other modules get. */
    public ContractTerms terms() {
        Map<String, ContractTerms.TargetOverride> overrides = new HashMap<>();
        targets.forEach((classification, target) -> overrides.put(classification,
                new ContractTerms.TargetOverride(target.supportHours, target.maintenanceDays)));
        return new ContractTerms(nonStop, customizationTeam, overrides);
    }

    public Long getCompanyId() {
        return companyId;
    }

    /** The optimistic-locking version; a change to the targets counts too (the collection is versioned). */
    public long getVersion() {
        return version;
    }

    /** One row of overrides; either number may be null (that target keeps R20's default). */
    @Embeddable
    static class Target {

        @Column(name = "support_hours")
        private Integer supportHours;

        @Column(name = "maintenance_days")
        private Integer maintenanceDays;

        protected Target() {
        }

        Target(Integer supportHours, Integer maintenanceDays) {
            this.supportHours = supportHours;
            this.maintenanceDays = maintenanceDays;
        }
    }
}
