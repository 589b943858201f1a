package io.atende.portal.web;

import io.atende.account.Customer;
import io.atende.portal.internal.ActiveContactFilter;
import jakarta.servlet.http.HttpServletRequest;

/** The logged-in contact of this request, as {@link ActiveContactFilter} read it. */
final class CurrentCustomer {

    private CurrentCustomer() {
    }

    static Customer of(HttpServletRequest request) {
        Customer customer = (Customer) request.getAttribute(ActiveContactFilter.CUSTOMER);
        if (customer == null) {
            throw new IllegalStateException("No logged-in contact on a protected portal page");
        }
        return customer;
    }
}
