package io.atende.billing.web;

import io.atende.billing.internal.ConsultingRates;
import io.atende.billing.internal.Statements;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The billing staff API (R10), HTTP Basic as a Camunda user of {@code camunda-admin} or {@code cst}:
 * hourly rates, the yearly IGP-M adjustment and any company's monthly statement.
 */
@RestController
@RequestMapping("/api/admin/billing")
class BillingStaffController {

    private final ConsultingRates rates;
    private final Statements statements;
    private final StatementViews views;

    BillingStaffController(ConsultingRates rates, Statements statements, StatementViews views) {
        this.rates = rates;
        this.statements = statements;
        this.views = views;
    }

    @GetMapping("/rates")
    List<RateResponse> rates() {
        return rates.all().stream().map(RateResponse::of).toList();
    }

    @PostMapping("/rates/igpm")
    ResponseEntity<RateResponse> applyIgpm(Authentication auth, @RequestBody(required = false) IgpmRequest request) {
        IgpmRequest body = request == null ? new IgpmRequest(null, null) : request;
        RateResponse created = RateResponse.of(rates.applyIgpm(body.percent(), body.effectiveFrom(), auth.getName()));
        return ResponseEntity.created(URI.create("/api/admin/billing/rates")).body(created);
    }

    @GetMapping("/statements/{companyId}/{month}.csv")
    ResponseEntity<String> csv(@PathVariable long companyId, @PathVariable String month) {
        return views.csv(statements.of(companyId, Statements.month(month)));
    }

    @GetMapping("/statements/{companyId}/{month}.html")
    ResponseEntity<String> html(@PathVariable long companyId, @PathVariable String month) {
        return views.html(statements.of(companyId, Statements.month(month)));
    }
}
