package io.atende.billing.web;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.billing.internal.Statement;
import io.atende.billing.internal.Statements;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The company administrator's monthly Consultoria Telefônica statement (R10, R2: administrators only). */
@RestController
@RequestMapping("/api/billing/statements")
class BillingController {

    private final Statements statements;
    private final StatementViews views;
    private final CustomerDirectory customers;

    BillingController(Statements statements, StatementViews views, CustomerDirectory customers) {
        this.statements = statements;
        this.views = views;
        this.customers = customers;
    }

    @GetMapping("/{month}.csv")
    ResponseEntity<String> csv(Authentication auth, @PathVariable String month) {
        return views.csv(statement(auth, month));
    }

    @GetMapping("/{month}.html")
    ResponseEntity<String> html(Authentication auth, @PathVariable String month) {
        return views.html(statement(auth, month));
    }

    private Statement statement(Authentication auth, String month) {
        Customer customer = customers.byEmail(auth.getName()).orElseThrow();
        if (!customer.administrator()) {
            throw new AccessDeniedException("O extrato de cobrança é do administrador da empresa.");
        }
        return statements.of(customer.companyId(), Statements.month(month));
    }
}
