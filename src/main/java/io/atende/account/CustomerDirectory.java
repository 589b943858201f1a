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
