package io.atende.ticket;

import io.atende.account.ContractTerms;

/**
 * A ticket's R20 targets and where they came from: the {@code sla-targets} table, or the company's
 * Prime contract, which may override either number per classification (R14).
 *
 * @param source {@link #FROM_TABLE} or {@link #FROM_CONTRACT}
 */
public record SlaTargets(int supportHours, int maintenanceDays, String source) {

    /** The process owner's {@code sla-targets} decision answered both numbers. */
    public static final String FROM_TABLE = "sla-targets";
    /** The Prime contract overrode at least one of them. */
    public static final String FROM_CONTRACT = "contrato-prime";

    /** The table's targets, with the contract's override for {@code priority} on top (a null field keeps the table's). */
    public static SlaTargets of(int tableSupportHours, int tableMaintenanceDays, ContractTerms contract, Priority priority) {
        return contract.overrideFor(priority == null ? null : priority.name())
                .filter(o -> o.supportHours() != null || o.maintenanceDays() != null)
                .map(o -> new SlaTargets(o.supportHours() != null ? o.supportHours() : tableSupportHours,
                        o.maintenanceDays() != null ? o.maintenanceDays() : tableMaintenanceDays, FROM_CONTRACT))
                .orElse(new SlaTargets(tableSupportHours, tableMaintenanceDays, FROM_TABLE));
    }

    public boolean fromContract() {
        return FROM_CONTRACT.equals(source);
    }
}
