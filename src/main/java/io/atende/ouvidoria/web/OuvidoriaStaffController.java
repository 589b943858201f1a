package io.atende.ouvidoria.web;

import io.atende.ouvidoria.OuvidoriaCase;
import io.atende.ouvidoria.OuvidoriaDesk;
import io.atende.ouvidoria.OuvidoriaNotFoundException;
import io.atende.ouvidoria.OuvidoriaNumber;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Ouvidoria team's API (HTTP Basic as a Camunda user of {@code ouvidoria}, {@code cst} or
 * {@code camunda-admin}): record an escalation made by phone (R13, option 8) and read any case.
 */
@RestController
@RequestMapping("/api/admin/ouvidoria")
class OuvidoriaStaffController {

    private final OuvidoriaDesk desk;

    OuvidoriaStaffController(OuvidoriaDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    ResponseEntity<OuvidoriaResponse> record(Authentication auth, @RequestBody(required = false) RecordOuvidoriaRequest request) {
        RecordOuvidoriaRequest body = request == null ? new RecordOuvidoriaRequest(null, null, null, null) : request;
        OuvidoriaCase c = desk.record(auth.getName(), body.contactEmail(), body.ticketNumbers(), body.occurrence(),
                body.description());
        return ResponseEntity.created(URI.create("/api/admin/ouvidoria/" + c.number())).body(OuvidoriaResponse.of(c));
    }

    @GetMapping("/{number}")
    OuvidoriaResponse get(@PathVariable String number) {
        return OuvidoriaResponse.of(desk.find(OuvidoriaNumber.parse(number)
                .orElseThrow(() -> new OuvidoriaNotFoundException(number))));
    }
}
