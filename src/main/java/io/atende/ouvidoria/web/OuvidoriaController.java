package io.atende.ouvidoria.web;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.ouvidoria.OuvidoriaCase;
import io.atende.ouvidoria.OuvidoriaDesk;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The customer's Ouvidoria (R13): escalate earlier tickets, follow the case. HTTP Basic as a contact. */
@RestController
@RequestMapping("/api/ouvidoria")
class OuvidoriaController {

    private final OuvidoriaDesk desk;
    private final CustomerDirectory customers;

    OuvidoriaController(OuvidoriaDesk desk, CustomerDirectory customers) {
        this.desk = desk;
        this.customers = customers;
    }

    @PostMapping
    ResponseEntity<OuvidoriaResponse> open(Authentication auth, @RequestBody(required = false) OpenOuvidoriaRequest request) {
        OpenOuvidoriaRequest body = request == null ? new OpenOuvidoriaRequest(null, null) : request;
        OuvidoriaCase c = desk.open(customer(auth), body.ticketNumbers(), body.description());
        return ResponseEntity.created(URI.create("/api/ouvidoria/" + c.number())).body(OuvidoriaResponse.of(c));
    }

    @GetMapping("/{number}")
    OuvidoriaResponse get(Authentication auth, @PathVariable String number) {
        return OuvidoriaResponse.of(desk.find(customer(auth), number));
    }

    private Customer customer(Authentication auth) {
        return customers.byEmail(auth.getName()).orElseThrow();
    }
}
