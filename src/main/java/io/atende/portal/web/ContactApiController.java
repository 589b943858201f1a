package io.atende.portal.web;

import io.atende.account.ContactAccounts;
import io.atende.account.ContactNotFoundException;
import io.atende.account.ContactRefusedException;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.portal.internal.AccountLinks;
import java.net.URI;
import io.atende.ticket.TicketDesk;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** R2 over the JSON API: the company administrator's contacts (HTTP Basic; administrators only). */
@RestController
@RequestMapping("/api/contacts")
class ContactApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final ContactAccounts accounts;
    private final AccountLinks links;
    private final CustomerDirectory directory;

    ContactApiController(ContactAccounts accounts, AccountLinks links, CustomerDirectory directory) {
        this.accounts = accounts;
        this.links = links;
        this.directory = directory;
    }

    /** A contact as the API shows it. */
    record ContactResponse(long id, String name, String email, boolean administrator, boolean active) {

        static ContactResponse of(Customer c) {
            return new ContactResponse(c.contactId(), c.contactName(), c.email(), c.administrator(), c.active());
        }
    }

    /** Invitation ({@code email} required) or update ({@code email} ignored). */
    record ContactRequest(String name, String email, Boolean administrator) {
    }

    @GetMapping
    Page<ContactResponse> list(Authentication auth, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return accounts.contactsOf(me(auth), PageRequest.of(TicketDesk.pageWithin(page), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
                Sort.by("name"))).map(ContactResponse::of);
    }

    @GetMapping("/{id}")
    ContactResponse get(Authentication auth, @PathVariable long id) {
        return ContactResponse.of(accounts.contact(me(auth), id));
    }

    /** Creates the contact and e-mails them a link to set their password. */
    @PostMapping
    ResponseEntity<ContactResponse> invite(Authentication auth, @RequestBody(required = false) ContactRequest body) {
        ContactRequest request = body == null ? new ContactRequest(null, null, null) : body;
        Customer contact = links.invite(me(auth), request.name(), request.email(), Boolean.TRUE.equals(request.administrator()));
        return ResponseEntity.created(URI.create("/api/contacts/" + contact.contactId())).body(ContactResponse.of(contact));
    }

    @PutMapping("/{id}")
    ContactResponse update(Authentication auth, @PathVariable long id, @RequestBody(required = false) ContactRequest body) {
        ContactRequest request = body == null ? new ContactRequest(null, null, null) : body;
        return ContactResponse.of(accounts.update(me(auth), id, request.name(), Boolean.TRUE.equals(request.administrator())));
    }

    /** The contact can no longer log in nor open tickets; the last administrator cannot be deactivated. */
    @PostMapping("/{id}/deactivation")
    ContactResponse deactivate(Authentication auth, @PathVariable long id) {
        return ContactResponse.of(accounts.deactivate(me(auth), id));
    }

    @ExceptionHandler
    ProblemDetail refused(ContactRefusedException e) {
        HttpStatus status = "administrator".equals(e.field()) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("Alteração de contato recusada");
        problem.setType(URI.create("https://atende.io/problems/contact-refused"));
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(ContactNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Contato não encontrado");
        problem.setType(URI.create("https://atende.io/problems/contact-not-found"));
        return problem;
    }

    private Customer me(Authentication auth) {
        return directory.byEmail(auth.getName()).orElseThrow();
    }
}
