package io.atende.demo;

import io.atende.account.Companies;
import io.atende.account.Company;
import io.atende.account.Contact;
import io.atende.account.Contacts;
import io.atende.account.Fly01Segment;
import io.atende.account.Offer;
import io.atende.account.PrimeContract;
import io.atende.account.PrimeContracts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
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

    private final Companies companies;
    private final Contacts contacts;
    private final PrimeContracts primeContracts;
    private final PasswordEncoder passwordEncoder;

    DemoData(Companies companies, Contacts contacts, PrimeContracts primeContracts, PasswordEncoder passwordEncoder) {
        this.companies = companies;
        this.contacts = contacts;
        this.primeContracts = primeContracts;
        this.passwordEncoder = passwordEncoder;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        Company paoQuente = company("Padaria Pão Quente Ltda", Offer.PADRAO, "SP", "São Paulo", false);
        contact(paoQuente, "Roberto Lima", "admin@paoquente.com.br", true);
        contact(paoQuente, "Ana Souza", "ana@paoquente.com.br", false);
        Company acoForte = company("Metalúrgica Aço Forte S.A.", Offer.PRIME, "RJ", "Rio de Janeiro", false);
        contact(acoForte, "João Pereira", "joao@acoforte.com.br", true);
        // R14, R22: urgent support in 4 h, maintenance in 2 days, round the clock; customization by its team.
        if (primeContracts.findByCompanyId(acoForte.getId()).isEmpty()) {
            primeContracts.save(new PrimeContract(acoForte, true, "customizacao").overrideTargets("URGENTE", 4, 2));
        }
        Company inadimplente = company("Comercial Inadimplente Ltda", Offer.PADRAO, "MG", "Belo Horizonte", true);
        contact(inadimplente, "Maria Oliveira", "maria@inadimplente.com.br", true);
        Company belaVista = company("Loja Bela Vista ME", Offer.FLY01, Fly01Segment.VAREJO, "PR", "Curitiba", false);
        contact(belaVista, "Carla Mendes", "carla@belavista.com.br", true);
        Company nuvem = company("Nuvem Serviços Ltda", Offer.CLOUD, "RS", "Porto Alegre", false);
        contact(nuvem, "Pedro Santos", "pedro@nuvemservicos.com.br", true);
    }

    /** The demo companies' CNPJs (made up, with valid check digits), by which agents find callers. */
    static final java.util.Map<String, String> DOCUMENTS = java.util.Map.ofEntries(
            java.util.Map.entry("Padaria Pão Quente Ltda", "11222333000181"),
            java.util.Map.entry("Metalúrgica Aço Forte S.A.", "22333444000181"),
            java.util.Map.entry("Comercial Inadimplente Ltda", "33444555000181"),
            java.util.Map.entry("Loja Bela Vista ME", "44555666000181"),
            java.util.Map.entry("Nuvem Serviços Ltda", "55666777000181"));

    private Company company(String name, Offer offer, String state, String city, boolean pendency) {
        return company(name, offer, null, state, city, pendency);
    }

    private Company company(String name, Offer offer, Fly01Segment segment, String state, String city,
            boolean pendency) {
        Company existing = companies.findByName(name).orElseGet(() -> {
            Company company = new Company(name, offer, segment, state, city);
            if (pendency) {
                company.registerFinancialPendency();
            }
            log.info("Demo company created: {}", name);
            return companies.save(company);
        });
        String cnpj = DOCUMENTS.get(name);
        if (cnpj != null && existing.getDocument() == null) {
            existing.setDocument(cnpj); // also for a demo database from before the CNPJ (issue 15)
            existing = companies.save(existing);
        }
        return existing;
    }

    private void contact(Company company, String name, String email, boolean administrator) {
        if (contacts.findByEmail(email).isEmpty()) {
            Contact contact = new Contact(company, name, email, administrator);
            contact.setPasswordHash(passwordEncoder.encode(PASSWORD));
            contacts.save(contact);
        }
    }
}
