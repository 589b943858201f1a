package io.atende.account;

import io.atende.sla.Location;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account module's read API: who a contact is and where their company stands. */
@Service
@Transactional(readOnly = true)
public class CustomerDirectory {

    private final Contacts contacts;
    private final Companies companies;
    private final PrimeContracts primeContracts;

    CustomerDirectory(Contacts contacts, Companies companies, PrimeContracts primeContracts) {
        this.contacts = contacts;
        this.companies = companies;
        this.primeContracts = primeContracts;
    }

    /** A caller on the phone: the contact, their company's CNPJ (formatted, or "—") and what R4 says of it. */
    public record Caller(Customer customer, String companyDocument) {
    }

    /**
     * Contacts an agent may be talking to (issue 15): {@code query} (at least 3 characters) in the e-mail, the contact's
     * or the company's name, or the company's CNPJ (with or without punctuation); at most {@code limit}, by company.
     */
    public java.util.List<Caller> searchCallers(String query, int limit) {
        String text = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        if (text.length() < 3) {
            return java.util.List.of();
        }
        String digits = text.replaceAll("\\D", "");
        String like = "%" + text.replace("\\", "").replace("%", "").replace("_", "") + "%";
        return contacts.search(like, digits.length() == 14 ? digits : "-", org.springframework.data.domain.PageRequest.of(0,
                limit)).stream().map(c -> new Caller(Customer.of(c), formatCnpj(c.getCompany().getDocument()))).toList();
    }

    /** "12.345.678/0001-90"; "—" when not registered. */
    static String formatCnpj(String digits) {
        if (digits == null || digits.length() != 14) {
            return "—";
        }
        return digits.substring(0, 2) + "." + digits.substring(2, 5) + "." + digits.substring(5, 8) + "/"
                + digits.substring(8, 12) + "-" + digits.substring(12);
    }

    public Optional<Customer> byEmail(String email) {
        return contacts.findByEmail(email).map(Customer::of);
    }

    public Optional<Customer> byContactId(Long contactId) {
        return contacts.findById(contactId).map(Customer::of);
    }

    /** The company's location for local holidays; national only when the company is unknown. */
    public Location location(Long companyId) {
        return companies.findById(companyId).map(Company::location).orElse(Location.NATIONAL);
    }

    public Optional<String> companyName(Long companyId) {
        return companies.findById(companyId).map(Company::getName);
    }

    /** The company's Fly01 segment (R11); empty when it is not a FLY01 company or unknown. */
    public Optional<Fly01Segment> segment(Long companyId) {
        return companies.findById(companyId).map(Company::getSegment);
    }

    /** The service terms of the company's contract (R14, R22); {@link ContractTerms#NONE} without a Prime contract. */
    public ContractTerms contractTerms(Long companyId) {
        return primeContracts.findByCompanyId(companyId).map(PrimeContract::terms).orElse(ContractTerms.NONE);
    }

    /** The company's active administrator (R1), who hears of what concerns the whole company. */
    public Optional<Customer> administratorOf(Long companyId) {
        return contacts.findActiveAdministrators(companyId).stream().findFirst().map(Customer::of);
    }
}
