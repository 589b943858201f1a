package io.atende.account;

import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's write API for contacts: CST activates a company's administrator (R1), the
 * administrator manages the company's contacts (R2), anyone sets their own password (R1, R3).
 * Every administrator action is confined to the administrator's company; another company's
 * contact is answered as not found and logged.
 */
@Service
@Transactional
public class ContactAccounts {

    private static final Logger log = LoggerFactory.getLogger(ContactAccounts.class);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final Contacts contacts;
    private final Companies companies;
    private final PasswordEncoder passwordEncoder;

    ContactAccounts(Contacts contacts, Companies companies, PasswordEncoder passwordEncoder) {
        this.contacts = contacts;
        this.companies = companies;
        this.passwordEncoder = passwordEncoder;
    }

    /** R1: CST makes {@code email} the active administrator of the company (created if new). */
    public Customer activateAdministrator(Long companyId, String name, String email) {
        Company company = companies.findById(companyId)
                .orElseThrow(() -> new ContactRefusedException("companyId", "Empresa " + companyId + " não encontrada."));
        String address = checkedEmail(email);
        Contact contact = contacts.findByEmail(address).orElse(null);
        if (contact != null && !contact.getCompany().getId().equals(companyId)) {
            throw new ContactRefusedException("email", "O e-mail " + address + " já pertence a um contato de outra empresa.");
        }
        if (contact == null) {
            contact = contacts.save(new Contact(company, checkedName(name), address, true));
        } else {
            contact.update(name == null || name.isBlank() ? contact.getName() : checkedName(name), true);
            contact.activate();
        }
        log.info("Administrator {} of company {} activated", contact.getId(), companyId);
        return Customer.of(contact);
    }

    /** R2: the administrator's view of the company's contacts, a page at a time. */
    @Transactional(readOnly = true)
    public Page<Customer> contactsOf(Customer administrator, Pageable pageable) {
        requireAdministrator(administrator);
        return contacts.findByCompanyId(administrator.companyId(), pageable).map(Customer::of);
    }

    @Transactional(readOnly = true)
    public Customer contact(Customer administrator, Long contactId) {
        requireAdministrator(administrator);
        return Customer.of(ofCompany(administrator, contactId));
    }

    /** R2: a new contact of the administrator's company (or a deactivated one invited again). */
    public Customer invite(Customer administrator, String name, String email, boolean asAdministrator) {
        requireAdministrator(administrator);
        String address = checkedEmail(email);
        Optional<Contact> existing = contacts.findByEmail(address);
        if (existing.isPresent()) {
            Contact contact = existing.get();
            if (!contact.getCompany().getId().equals(administrator.companyId())) {
                // Says neither that the address is known nor whose it is (issue 12): staff see it in the log.
                log.warn("Administrator {} of company {} tried to invite {}, a contact of company {}",
                        administrator.contactId(), administrator.companyId(), address, contact.getCompany().getId());
                throw new ContactRefusedException("email", "Não é possível cadastrar o e-mail " + address
                        + " como contato da sua empresa. Confira o endereço ou cadastre outro e-mail da pessoa; se "
                        + "precisar deste, fale com a CST.");
            }
            if (contact.isActive()) {
                throw new ContactRefusedException("email", "O e-mail " + address + " já é de um contato ativo da sua "
                        + "empresa (veja a lista de contatos).");
            }
            contact.update(checkedName(name), asAdministrator);
            contact.activate();
            return Customer.of(contact);
        }
        Company company = companies.getReferenceById(administrator.companyId());
        return Customer.of(contacts.save(new Contact(company, checkedName(name), address, asAdministrator)));
    }

    /** R2: name and role; the company keeps at least one active administrator. */
    public Customer update(Customer administrator, Long contactId, String name, boolean asAdministrator) {
        requireAdministrator(administrator);
        Contact contact = ofCompany(administrator, contactId);
        if (contact.isAdministrator() && !asAdministrator && contact.isActive()) {
            requireAnotherAdministrator(contact, "deixar de ser administrador");
        }
        contact.update(checkedName(name), asAdministrator);
        return Customer.of(contact);
    }

    /** R4: the administrator grants or takes a contact's download of update packages. */
    public Customer allowDownloads(Customer administrator, Long contactId, boolean allowed) {
        requireAdministrator(administrator);
        Contact contact = ofCompany(administrator, contactId);
        contact.allowDownloads(allowed);
        return Customer.of(contact);
    }

    /** R2: a deactivated contact can no longer log in nor open tickets; never the last administrator. */
    public Customer deactivate(Customer administrator, Long contactId) {
        requireAdministrator(administrator);
        Contact contact = ofCompany(administrator, contactId);
        if (contact.isAdministrator() && contact.isActive()) {
            requireAnotherAdministrator(contact, "ser desativado");
        }
        contact.deactivate();
        log.info("Contact {} of company {} deactivated by {}", contactId, administrator.companyId(),
                administrator.contactId());
        return Customer.of(contact);
    }

    /** Sets a contact's password, hashed with the application's adaptive encoder (R1, R3). */
    public void setPassword(Long contactId, String rawPassword) {
        Contact contact = contacts.findById(contactId).orElseThrow(() -> new ContactNotFoundException(contactId));
        contact.setPasswordHash(passwordEncoder.encode(rawPassword));
    }

    private void requireAnotherAdministrator(Contact contact, String action) {
        if (contacts.countByCompanyIdAndAdministratorTrueAndActiveTrue(contact.getCompany().getId()) <= 1) {
            throw new ContactRefusedException("administrator", "O último administrador ativo da empresa não pode "
                    + action + ". Torne outro contato administrador primeiro.");
        }
    }

    private Contact ofCompany(Customer administrator, Long contactId) {
        Contact contact = contacts.findById(contactId).orElseThrow(() -> new ContactNotFoundException(contactId));
        if (!contact.getCompany().getId().equals(administrator.companyId())) {
            log.warn("Contact {} of company {} tried to reach contact {} of company {}", administrator.contactId(),
                    administrator.companyId(), contactId, contact.getCompany().getId());
            throw new ContactNotFoundException(contactId);
        }
        return contact;
    }

    private static void requireAdministrator(Customer customer) {
        if (!customer.administrator() || !customer.active()) {
            throw new ContactRefusedException("administrator", "Somente o administrador da empresa gerencia contatos.");
        }
    }

    private static String checkedEmail(String email) {
        String address = email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
        if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
            throw new ContactRefusedException("email", "Informe um e-mail válido, por exemplo nome@empresa.com.br.");
        }
        return address;
    }

    private static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new ContactRefusedException("name", "Informe o nome do contato.");
        }
        if (name.trim().length() > 200) {
            throw new ContactRefusedException("name", "O nome aceita no máximo 200 caracteres.");
        }
        return name.trim();
    }
}
