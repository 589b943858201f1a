package io.atende.account;

import io.atende.sla.Location;

/** What other modules need to know of a contact and their company, read-only. */
public record Customer(
        Long contactId,
        String contactName,
        String email,
        boolean administrator,
        boolean active,
        Long companyId,
        String companyName,
        Offer offer,
        Location location,
        boolean companyBlocked,
        /** R4: the contact may download update packages (the administrator's grant; administrators always). */
        boolean mayDownload) {

    static Customer of(Contact contact) {
        Company company = contact.getCompany();
        return new Customer(contact.getId(), contact.getName(), contact.getEmail(), contact.isAdministrator(),
                contact.isActive(), company.getId(), company.getName(), company.getOffer(), company.location(),
                company.isBlocked(), contact.mayDownload());
    }
}
