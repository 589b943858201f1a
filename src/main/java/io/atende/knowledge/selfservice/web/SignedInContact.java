package io.atende.knowledge.selfservice.web;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The portal contact signed in on this request, read from the portal's login (its name is the contact's e-mail)
 * and the account module now, so a deactivated contact or a company blocked a minute ago counts at once; read once
 * per request (the menu and the page ask both).
 */
@Component
class SignedInContact {

    private static final String ATTRIBUTE = SignedInContact.class.getName();

    private final CustomerDirectory customers;

    SignedInContact(CustomerDirectory customers) {
        this.customers = customers;
    }

    @SuppressWarnings("unchecked")
    Optional<Customer> of(HttpServletRequest request) {
        Object read = request.getAttribute(ATTRIBUTE);
        if (read != null) {
            return (Optional<Customer>) read;
        }
        Principal principal = request.getUserPrincipal();
        Optional<Customer> customer = principal == null ? Optional.empty() : customers.byEmail(principal.getName());
        request.setAttribute(ATTRIBUTE, customer);
        return customer;
    }
}
