package io.atende.account;

import java.util.Map;
import java.util.Optional;

/**
 * What a company's contract says about service (R14, R22), read-only. Empty terms (no override,
 * not non-stop, no team) for a company without a Prime contract.
 *
 * @param nonStop 24x7 operation: the Prime team's support target runs round the clock
 * @param customizationTeam Camunda group id of the team the contract names for customization demands, or null
 * @param targetOverrides per classification (R20 priority name, e.g. {@code URGENTE}), the contract's targets
 */
public record ContractTerms(boolean nonStop, String customizationTeam, Map<String, TargetOverride> targetOverrides) {

    public static final ContractTerms NONE = new ContractTerms(false, null, Map.of());

    public ContractTerms {
        targetOverrides = Map.copyOf(targetOverrides);
    }

    /** The contract's targets for a classification, if it overrides them. */
    public Optional<TargetOverride> overrideFor(String classification) {
        return Optional.ofNullable(classification == null ? null : targetOverrides.get(classification));
    }

    /**
     * A contract's targets for one classification; a null value keeps R20's default for that target.
     *
     * @param supportHours support target in business hours
     * @param maintenanceDays maintenance target in business days
     */
    public record TargetOverride(Integer supportHours, Integer maintenanceDays) {
    }
}
