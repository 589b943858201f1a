package io.atende.portal.web;

import io.atende.account.ContactRefusedException;
import io.atende.portal.internal.AccountLinks;
import io.atende.portal.internal.PortalFormat;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * R1: a CST agent (or a process administrator) activates a company's administrator, on the staff
 * API's chain ({@code /api/admin/**}, groups {@code cst} and {@code camunda-admin}). The
 * administrator gets an e-mail with the login and a single-use link to set the password.
 */
@RestController
class StaffActivationController {

    private final AccountLinks links;

    StaffActivationController(AccountLinks links) {
        this.links = links;
    }

    /** Who to activate. */
    record ActivationRequest(String name, String email) {
    }

    /** The activated administrator and until when the e-mailed link works (Brasília). */
    record ActivationResponse(long contactId, String email, String name, long companyId, String linkExpiresAt) {
    }

    @PostMapping("/api/admin/companies/{companyId}/administrator/activation")
    ResponseEntity<ActivationResponse> activate(@PathVariable long companyId,
            @RequestBody(required = false) ActivationRequest body) {
        if (body == null) {
            throw new ContactRefusedException("body", "Envie o nome e o e-mail do administrador em JSON.");
        }
        AccountLinks.Activation activation = links.activateAdministrator(companyId, body.name(), body.email());
        var admin = activation.administrator();
        return ResponseEntity.status(HttpStatus.CREATED).body(new ActivationResponse(admin.contactId(), admin.email(),
                admin.contactName(), admin.companyId(), PortalFormat.dateTime(activation.linkExpiresAt())));
    }

    @ExceptionHandler
    ProblemDetail refused(ContactRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Ativação recusada");
        problem.setType(URI.create("https://atende.io/problems/activation-refused"));
        problem.setProperty("field", e.field());
        return problem;
    }
}
