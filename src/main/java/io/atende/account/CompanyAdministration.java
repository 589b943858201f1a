package io.atende.account;

import io.atende.account.internal.AccountChangeException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff change in a company without SQL (issue 15): the financial pendency (R4: set and lift; lifting it
 * unblocks the company at once, as every opening reads it), the contract, the offer and Fly01 segment, the CNPJ; and
 * a new company. Each change needs a reason and is kept in {@code company_change} with who and when; a change to what the company
 * already is is refused, so the audit holds only real changes.
 */
@Service
public class CompanyAdministration {

    /** A company as the staff screen shows it. */
    public record CompanyView(Long id, String name, String document, Offer offer, Fly01Segment segment, String state,
            String city, boolean financialPendency, boolean contractActive, boolean blocked, List<CompanyChange> changes) {
    }

    /**
     * A company to create; {@code cnpj} may be blank.
     *
     * @param segment the Fly01 segment, exactly when the offer is FLY01 (R11)
     * @param state the UF, for the state's holidays (R15)
     */
    public record NewCompany(String name, String cnpj, Offer offer, Fly01Segment segment, String state, String city,
            boolean contractActive) {
    }

    /** The 27 federative units, a company's {@code state}, alphabetically by name. */
    public static final List<String> STATES = List.of("AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS",
            "MG", "PA", "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO");

    private final Companies companies;
    private final CompanyChanges changes;
    private final PrimeContracts primeContracts;
    private final Clock clock;

    CompanyAdministration(Companies companies, CompanyChanges changes, PrimeContracts primeContracts, Clock clock) {
        this.companies = companies;
        this.changes = changes;
        this.primeContracts = primeContracts;
        this.clock = clock;
    }

    /**
     * A new customer company (R4: with its contract active or not), its creation the first row of its history.
     * Everything is checked before anything is written, so a refused creation leaves no row.
     *
     * @return the new company's id
     */
    @Transactional
    public Long create(NewCompany wanted, String reason, String actor) {
        String name = wanted.name() == null ? "" : wanted.name().strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new AccountChangeException("Diga o nome da empresa.");
        }
        if (name.length() > 200) {
            throw new AccountChangeException("O nome tem " + name.length() + " caracteres; o limite é 200.");
        }
        if (companies.findByName(name).isPresent()) {
            throw new AccountChangeException("Já existe uma empresa chamada " + name + ".");
        }
        String cnpj = wanted.cnpj() == null || wanted.cnpj().isBlank() ? null : freeCnpj(wanted.cnpj(), null);
        if (wanted.offer() == null) {
            throw new AccountChangeException("Escolha a oferta na lista.");
        }
        segmentFits(wanted.offer(), wanted.segment());
        String state = wanted.state() == null ? "" : wanted.state().strip().toUpperCase(Locale.ROOT);
        if (!STATES.contains(state)) {
            throw new AccountChangeException("Escolha a UF na lista (ela decide os feriados estaduais, R15).");
        }
        String city = wanted.city() == null ? "" : wanted.city().strip().replaceAll("\\s+", " ");
        if (city.isEmpty() || city.length() > 100) {
            throw new AccountChangeException(city.isEmpty() ? "Diga a cidade da empresa (ela decide os feriados "
                    + "municipais, R15)." : "O nome da cidade tem " + city.length() + " caracteres; o limite é 100.");
        }
        String why = reason(reason);
        Company company = new Company(name, wanted.offer(), wanted.segment(), state, city);
        if (cnpj != null) {
            company.setDocument(cnpj);
        }
        if (!wanted.contractActive()) {
            company.deactivateContract();
        }
        try {
            companies.saveAndFlush(company);
        } catch (org.springframework.dao.DataIntegrityViolationException e) { // same name or CNPJ created a moment ago
            throw new org.springframework.dao.OptimisticLockingFailureException("Company created concurrently", e);
        }
        save(company, actor, "COMPANY_CREATED", "Empresa criada: oferta " + wanted.offer()
                + (wanted.segment() == null ? "" : " (" + wanted.segment() + ")") + ", " + city + " / " + state
                + ", CNPJ " + CustomerDirectory.formatCnpj(cnpj) + ", contrato " + (wanted.contractActive() ? "ativo"
                : "inativo") + ". Motivo: " + why);
        return company.getId();
    }

    /** Companies whose name or CNPJ contains {@code query} (8 digits or more); all when blank; by name, at most 100. */
    @Transactional(readOnly = true)
    public List<CompanyView> search(String query) {
        String text = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String digits = text.replaceAll("\\D", "");
        String like = "%" + text.replace("\\", "").replace("%", "").replace("_", "") + "%";
        return companies.search(like, digits.length() >= 8 ? "%" + digits + "%" : "-", PageRequest.of(0, 100)).stream()
                .map(c -> view(c, List.of())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CompanyView> view(Long id) {
        return companies.findById(id).map(c -> view(c, changes.findTop50ByCompanyIdOrderByAtDescIdDesc(id)));
    }

    /** R4: registers ({@code pending}) or lifts the financial pendency. */
    @Transactional
    public void setFinancialPendency(Long id, boolean pending, String reason, String actor) {
        Company company = find(id);
        if (company.hasFinancialPendency() == pending) {
            throw new AccountChangeException(pending ? "A empresa já tem pendência financeira registrada."
                    : "A empresa não tem pendência financeira.");
        }
        String why = reason(reason);
        if (pending) {
            company.registerFinancialPendency();
        } else {
            company.clearFinancialPendency();
        }
        save(company, actor, pending ? "PENDENCY_SET" : "PENDENCY_LIFTED", (pending ? "Pendência financeira "
                + "registrada" : "Pendência financeira retirada") + ". Motivo: " + why);
    }

    /** R4: the contract is active or suspended. */
    @Transactional
    public void setContractActive(Long id, boolean active, String reason, String actor) {
        Company company = find(id);
        if (company.isContractActive() == active) {
            throw new AccountChangeException(active ? "O contrato já está ativo." : "O contrato já está inativo.");
        }
        String why = reason(reason);
        if (active) {
            company.activateContract();
        } else {
            company.deactivateContract();
        }
        save(company, actor, active ? "CONTRACT_ACTIVATED" : "CONTRACT_DEACTIVATED",
                (active ? "Contrato reativado" : "Contrato desativado") + ". Motivo: " + why);
    }

    /** R5, R11, R14: a new offer, with the Fly01 segment for FLY01. */
    @Transactional
    public void changeOffer(Long id, Offer offer, Fly01Segment segment, String reason, String actor) {
        Company company = find(id);
        if (company.getOffer() == offer && company.getSegment() == segment) {
            throw new AccountChangeException("A empresa já tem essa oferta" + (segment == null ? "" : " e segmento") + ".");
        }
        segmentFits(offer, segment);
        // decision (docs/administration.md): a Prime contract rests on the PRIME offer; it is removed first, on purpose
        if (offer != Offer.PRIME && primeContracts.findByCompanyId(id).isPresent()) {
            throw new AccountChangeException("A empresa tem contrato Prime: remova o contrato (no quadro Contrato Prime) "
                    + "antes de mudar a oferta para " + offer + ".");
        }
        String why = reason(reason);
        String before = company.getOffer() + (company.getSegment() == null ? "" : " (" + company.getSegment() + ")");
        company.changeOffer(offer, segment);
        save(company, actor, "OFFER_CHANGED", "Oferta de " + before + " para " + offer + (segment == null ? ""
                : " (" + segment + ")") + ". Motivo: " + why);
    }

    /** The company's CNPJ, by which agents find callers. */
    @Transactional
    public void setDocument(Long id, String cnpj, String reason, String actor) {
        Company company = find(id);
        String before = CustomerDirectory.formatCnpj(company.getDocument());
        String digits = cnpj == null ? "" : cnpj.replaceAll("\\D", "");
        if (digits.length() == 14 && digits.equals(company.getDocument())) {
            throw new AccountChangeException("A empresa já tem esse CNPJ.");
        }
        freeCnpj(digits, id);
        String why = reason(reason);
        company.setDocument(digits);
        save(company, actor, "DOCUMENT_SET", "CNPJ de " + before + " para "
                + CustomerDirectory.formatCnpj(company.getDocument()) + ". Motivo: " + why);
    }

    private void save(Company company, String actor, String action, String detail) {
        companies.saveAndFlush(company);
        changes.save(new CompanyChange(company.getId(), clock.instant(), actor, action, detail));
    }

    private Company find(Long id) {
        return companies.findById(id).orElseThrow(() -> new AccountChangeException.NotFound("Empresa não encontrada."));
    }

    /**
     * The CNPJ's 14 digits, when no company but {@code owner} (null for a new company) has it.
     */
    private String freeCnpj(String cnpj, Long owner) {
        String digits = cnpj.replaceAll("\\D", "");
        if (digits.length() != 14) {
            throw new AccountChangeException("O CNPJ tem 14 dígitos (com ou sem pontuação), como 11.222.333/0001-81.");
        }
        // checked before the change: a duplicate must not reach the unique index at the flush
        if (companies.findByDocument(digits).filter(c -> !c.getId().equals(owner)).isPresent()) {
            throw new AccountChangeException("Outra empresa já tem o CNPJ " + CustomerDirectory.formatCnpj(digits) + ".");
        }
        return digits;
    }

    private static void segmentFits(Offer offer, Fly01Segment segment) {
        if ((offer == Offer.FLY01) != (segment != null)) {
            throw new AccountChangeException(offer == Offer.FLY01 ? "Uma empresa FLY01 precisa do segmento (R11)."
                    : "Só uma empresa FLY01 tem segmento.");
        }
    }

    static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new AccountChangeException("Diga o motivo da mudança: ele fica no histórico da empresa.");
        }
        if (why.length() > 2000) {
            throw new AccountChangeException("O motivo tem " + why.length() + " caracteres; o limite é 2000.");
        }
        return why;
    }

    private static CompanyView view(Company c, List<CompanyChange> changes) {
        return new CompanyView(c.getId(), c.getName(), CustomerDirectory.formatCnpj(c.getDocument()), c.getOffer(),
                c.getSegment(), c.getState(), c.getCity(), c.hasFinancialPendency(), c.isContractActive(), c.isBlocked(),
                changes);
    }
}
