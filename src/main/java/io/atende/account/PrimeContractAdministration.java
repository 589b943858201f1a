package io.atende.account;

import io.atende.account.ContractTerms.TargetOverride;
import io.atende.account.internal.AccountChangeException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff change in a Prime company's contract without SQL (issue 15; R14, R20, R22): creating it, non-stop (24x7)
 * and the customization team, the per-classification targets, removing it. Each change needs a reason and is kept in
 * the company's history ({@code company_change}). New tickets read the contract at their classification
 * ({@link CustomerDirectory#contractTerms}), so a change applies to the next ticket; open tickets keep their due dates.
 * The caller checks that a customization team is a known team (the team catalogue is not this module's).
 */
@Service
public class PrimeContractAdministration {

    /** Upper bounds that keep a target a service level, not a typo that walks the business calendar for years. */
    static final int MAX_SUPPORT_HOURS = 999;
    static final int MAX_MAINTENANCE_DAYS = 365;

    /** A contract as the staff screen shows it: every classification in R20's order, null where R20's default holds. */
    public record PrimeContractView(long version, boolean nonStop, String customizationTeam, List<Target> targets) {
    }

    /** One classification's targets; a null keeps R20's default. */
    public record Target(String classification, Integer supportHours, Integer maintenanceDays) {
    }

    private final Companies companies;
    private final PrimeContracts contracts;
    private final CompanyChanges changes;
    private final Clock clock;

    PrimeContractAdministration(Companies companies, PrimeContracts contracts, CompanyChanges changes, Clock clock) {
        this.companies = companies;
        this.contracts = contracts;
        this.changes = changes;
        this.clock = clock;
    }

    /** The company's Prime contract; empty when it has none. */
    @Transactional(readOnly = true)
    public Optional<PrimeContractView> view(Long companyId) {
        return contracts.findByCompanyId(companyId).map(c -> {
            ContractTerms terms = c.terms();
            List<Target> targets = PrimeContract.CLASSIFICATIONS.stream().map(k -> terms.overrideFor(k)
                    .map(o -> new Target(k, o.supportHours(), o.maintenanceDays())).orElse(new Target(k, null, null)))
                    .toList();
            return new PrimeContractView(c.getVersion(), terms.nonStop(), terms.customizationTeam(), targets);
        });
    }

    /** R14: the contract of a PRIME company that has none, with R20's targets until overridden. */
    @Transactional
    public void create(Long companyId, boolean nonStop, String customizationTeam, String reason, String actor) {
        Company company = companies.findLockedById(companyId)
                .orElseThrow(() -> new AccountChangeException.NotFound("Empresa não encontrada."));
        if (company.getOffer() != Offer.PRIME) {
            throw new AccountChangeException("Só uma empresa com a oferta PRIME tem contrato Prime; esta é "
                    + company.getOffer() + ". Mude a oferta antes, se for o caso.");
        }
        if (contracts.findByCompanyId(companyId).isPresent()) {
            throw new AccountChangeException("A empresa já tem contrato Prime.");
        }
        String why = CompanyAdministration.reason(reason);
        PrimeContract contract = new PrimeContract(company, nonStop, customizationTeam);
        try {
            contracts.saveAndFlush(contract);
        } catch (DataIntegrityViolationException e) { // another person created it a moment ago (unique company_id)
            throw new OptimisticLockingFailureException("Prime contract created concurrently", e);
        }
        record(companyId, actor, "PRIME_CREATED", "Contrato Prime criado: " + describeTerms(contract.terms())
                + "; metas da tabela (R20). Motivo: " + why);
    }

    /** R14, R22: non-stop (24x7) operation and the team that takes customization demands (blank: none named). */
    @Transactional
    public void changeTerms(Long companyId, Long seenVersion, boolean nonStop, String customizationTeam, String reason,
            String actor) {
        PrimeContract contract = find(companyId, seenVersion);
        ContractTerms before = contract.terms();
        String team = customizationTeam == null || customizationTeam.isBlank() ? null : customizationTeam.strip();
        if (before.nonStop() == nonStop && Objects.equals(before.customizationTeam(), team)) {
            throw new AccountChangeException("O contrato já tem essas condições.");
        }
        String why = CompanyAdministration.reason(reason);
        contract.changeTerms(nonStop, team);
        contracts.saveAndFlush(contract);
        record(companyId, actor, "PRIME_TERMS_CHANGED", "Contrato Prime de " + describeTerms(before) + " para "
                + describeTerms(contract.terms()) + ". Motivo: " + why);
    }

    /**
     * R14, R20: the contract's targets, every classification at once ({@code targets} by classification; a missing
     * classification or a null number keeps R20's default). Only what differs from the contract is written.
     */
    @Transactional
    public void changeTargets(Long companyId, Long seenVersion, Map<String, TargetOverride> targets, String reason,
            String actor) {
        PrimeContract contract = find(companyId, seenVersion);
        ContractTerms before = contract.terms();
        List<String> differences = new ArrayList<>();
        for (String classification : PrimeContract.CLASSIFICATIONS) {
            TargetOverride wanted = targets.getOrDefault(classification, new TargetOverride(null, null));
            check(classification, wanted);
            TargetOverride current = before.overrideFor(classification).orElse(new TargetOverride(null, null));
            if (!Objects.equals(current.supportHours(), wanted.supportHours())
                    || !Objects.equals(current.maintenanceDays(), wanted.maintenanceDays())) {
                differences.add(classification + ": atendimento " + hours(current.supportHours()) + " → "
                        + hours(wanted.supportHours()) + ", manutenção " + days(current.maintenanceDays()) + " → "
                        + days(wanted.maintenanceDays()));
            }
        }
        if (differences.isEmpty()) {
            throw new AccountChangeException("O contrato já tem essas metas.");
        }
        String why = CompanyAdministration.reason(reason);
        for (String classification : PrimeContract.CLASSIFICATIONS) {
            TargetOverride wanted = targets.getOrDefault(classification, new TargetOverride(null, null));
            contract.overrideTargets(classification, wanted.supportHours(), wanted.maintenanceDays());
        }
        contracts.saveAndFlush(contract);
        record(companyId, actor, "PRIME_TARGETS_CHANGED", "Metas do contrato Prime: " + String.join("; ", differences)
                + ". Motivo: " + why);
    }

    /** The company keeps its PRIME offer without a contract: R20's targets, the prime calendar, no team of its own. */
    @Transactional
    public void remove(Long companyId, Long seenVersion, String reason, String actor) {
        companies.findLockedById(companyId)
                .orElseThrow(() -> new AccountChangeException.NotFound("Empresa não encontrada."));
        PrimeContract contract = find(companyId, seenVersion);
        String why = CompanyAdministration.reason(reason);
        String terms = describeTerms(contract.terms()) + describeTargets(contract.terms());
        contracts.delete(contract);
        contracts.flush();
        record(companyId, actor, "PRIME_REMOVED", "Contrato Prime removido (era: " + terms + "). Motivo: " + why);
    }

    private PrimeContract find(Long companyId, Long seenVersion) {
        if (!companies.existsById(companyId)) {
            throw new AccountChangeException.NotFound("Empresa não encontrada.");
        }
        PrimeContract contract = contracts.findByCompanyId(companyId)
                .orElseThrow(() -> new AccountChangeException("A empresa não tem contrato Prime."));
        if (seenVersion != null && seenVersion != contract.getVersion()) {
            throw new OptimisticLockingFailureException("Prime contract changed since version " + seenVersion);
        }
        return contract;
    }

    private static void check(String classification, TargetOverride target) {
        if (target.supportHours() != null && (target.supportHours() < 1 || target.supportHours() > MAX_SUPPORT_HOURS)) {
            throw new AccountChangeException("A meta de atendimento de " + classification + " vai de 1 a "
                    + MAX_SUPPORT_HOURS + " horas úteis (em branco: a da tabela, R20).");
        }
        if (target.maintenanceDays() != null
                && (target.maintenanceDays() < 1 || target.maintenanceDays() > MAX_MAINTENANCE_DAYS)) {
            throw new AccountChangeException("A meta de manutenção de " + classification + " vai de 1 a "
                    + MAX_MAINTENANCE_DAYS + " dias úteis (em branco: a da tabela, R20).");
        }
    }

    private void record(Long companyId, String actor, String action, String detail) {
        changes.save(new CompanyChange(companyId, clock.instant(), actor, action, detail));
    }

    private static String describeTerms(ContractTerms terms) {
        return (terms.nonStop() ? "24x7" : "sem 24x7") + ", customizações com "
                + (terms.customizationTeam() == null ? "a equipe padrão" : terms.customizationTeam());
    }

    private static String describeTargets(ContractTerms terms) {
        StringBuilder text = new StringBuilder();
        for (String classification : PrimeContract.CLASSIFICATIONS) {
            terms.overrideFor(classification).ifPresent(o -> text.append("; ").append(classification)
                    .append(": atendimento ").append(hours(o.supportHours())).append(", manutenção ")
                    .append(days(o.maintenanceDays())));
        }
        return text.toString();
    }

    private static String hours(Integer hours) {
        return hours == null ? "padrão" : hours + " h";
    }

    private static String days(Integer days) {
        return days == null ? "padrão" : days + (days == 1 ? " dia" : " dias");
    }
}
