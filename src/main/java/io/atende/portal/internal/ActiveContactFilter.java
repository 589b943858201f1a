package io.atende.portal.internal;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the logged-in contact fresh on every portal request: a contact deactivated while logged in
 * (R2) loses the session at the next click; the page then has the contact and the company's
 * standing (R4) as of now, in the request attribute {@link #CUSTOMER}.
 */
public class ActiveContactFilter extends OncePerRequestFilter {

    /** Request attribute with the logged-in {@link Customer}. */
    public static final String CUSTOMER = "atende.portal.customer";

    private final CustomerDirectory directory;

    public ActiveContactFilter(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            Optional<Customer> customer = directory.byEmail(auth.getName()).filter(Customer::active);
            if (customer.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/entrar?desativado");
                return;
            }
            request.setAttribute(CUSTOMER, customer.get());
        }
        chain.doFilter(request, response);
    }
}
