package io.atende.knowledge.selfservice.web;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The portal contact signed in on this request, read from the portal's login (its name is the contact's e-mail)
 * and the account module now, so a deactivated contact or a company blocked a minute ago counts at once.
 */
@Component
class SignedInContact {

    private final CustomerDirectory customers;

    SignedInContact(CustomerDirectory customers) {
        this.customers = customers;
    }

    Optional<Customer> of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null ? Optional.empty() : customers.byEmail(principal.getName());
    }
}
