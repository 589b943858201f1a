package io.atende.demo;

import io.atende.account.CompanyAdministration;
import io.atende.account.CompanyAdministration.CompanyView;
import io.atende.account.CompanyAdministration.NewCompany;
import io.atende.account.ContactAccounts;
import io.atende.account.ContractTerms.TargetOverride;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.account.Fly01Segment;
import io.atende.account.Offer;
import io.atende.account.PrimeContractAdministration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo customers README.md documents (password {@code demo} for all). Idempotent: on a restart
 * (the H2 file keeps data) nothing is created twice. Off with {@code atende.demo-data.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "atende.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "demo";

    /** Who the demo companies' history names, and why. */
    static final String ACTOR = "demo";
    static final String REASON = "Dados de demonstração do início padrão (atende.demo-data.enabled).";

    private final CompanyAdministration companies;
    private final PrimeContractAdministration primeContracts;
    private final ContactAccounts contacts;
    private final CustomerDirectory directory;

    DemoData(CompanyAdministration companies, PrimeContractAdministration primeContracts, ContactAccounts contacts,
            CustomerDirectory directory) {
        this.companies = companies;
        this.primeContracts = primeContracts;
        this.contacts = contacts;
        this.directory = directory;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        Long paoQuente = company("Padaria Pão Quente Ltda", Offer.PADRAO, "SP", "São Paulo", false);
        contact(paoQuente, "Roberto Lima", "admin@paoquente.com.br", true);
        contact(paoQuente, "Ana Souza", "ana@paoquente.com.br", false);
        Long acoForte = company("Metalúrgica Aço Forte S.A.", Offer.PRIME, "RJ", "Rio de Janeiro", false);
        contact(acoForte, "João Pereira", "joao@acoforte.com.br", true);
        // R14, R22: urgent support in 4 h, maintenance in 2 days, round the clock; customization by its team.
        if (primeContracts.view(acoForte).isEmpty()) {
            primeContracts.create(acoForte, true, "customizacao", REASON, ACTOR);
            primeContracts.changeTargets(acoForte, primeContracts.view(acoForte).orElseThrow().version(),
                    Map.of("URGENTE", new TargetOverride(4, 2)), REASON, ACTOR);
        }
        Long inadimplente = company("Comercial Inadimplente Ltda", Offer.PADRAO, "MG", "Belo Horizonte", true);
        contact(inadimplente, "Maria Oliveira", "maria@inadimplente.com.br", true);
        Long belaVista = company("Loja Bela Vista ME", Offer.FLY01, Fly01Segment.VAREJO, "PR", "Curitiba", false);
        contact(belaVista, "Carla Mendes", "carla@belavista.com.br", true);
        Long nuvem = company("Nuvem Serviços Ltda", Offer.CLOUD, "RS", "Porto Alegre", false);
        contact(nuvem, "Pedro Santos", "pedro@nuvemservicos.com.br", true);
    }

    /** The demo companies' CNPJs (made up, with valid check digits), by which agents find callers. */
    static final Map<String, String> DOCUMENTS = Map.ofEntries(
            Map.entry("Padaria Pão Quente Ltda", "11222333000181"),
            Map.entry("Metalúrgica Aço Forte S.A.", "22333444000181"),
            Map.entry("Comercial Inadimplente Ltda", "33444555000181"),
            Map.entry("Loja Bela Vista ME", "44555666000181"),
            Map.entry("Nuvem Serviços Ltda", "55666777000181"));

    private Long company(String name, Offer offer, String state, String city, boolean pendency) {
        return company(name, offer, null, state, city, pendency);
    }

    /** The company named {@code name}, created through the staff's API (its history says so) when missing. */
    private Long company(String name, Offer offer, Fly01Segment segment, String state, String city, boolean pendency) {
        String cnpj = DOCUMENTS.get(name);
        CompanyView existing = companies.search(name).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElse(null);
        if (existing == null) {
            Long id = companies.create(new NewCompany(name, cnpj, offer, segment, state, city, true), REASON, ACTOR);
            if (pendency) {
                companies.setFinancialPendency(id, true, REASON, ACTOR);
            }
            log.info("Demo company created: {}", name);
            return id;
        }
        if (cnpj != null && existing.document().equals("—")) {
            // a demo database from before the CNPJ (issue 15)
            companies.setDocument(existing.id(), cnpj, REASON, ACTOR);
        }
        return existing.id();
    }

    /** The contact, created when missing (an administrator through CST's activation, others by their administrator). */
    private void contact(Long companyId, String name, String email, boolean administrator) {
        if (directory.byEmail(email).isEmpty()) {
            Customer contact = administrator ? contacts.activateAdministrator(companyId, name, email)
                    : contacts.invite(directory.administratorOf(companyId).orElseThrow(), name, email, false);
            contacts.setPassword(contact.contactId(), PASSWORD);
        }
    }
}
