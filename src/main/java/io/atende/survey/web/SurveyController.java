package io.atende.survey.web;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.survey.SurveyDesk;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The customer's satisfaction survey (R21) of a ticket or an Ouvidoria case they may see. */
@RestController
class SurveyController {

    private final SurveyDesk desk;
    private final CustomerDirectory customers;

    SurveyController(SurveyDesk desk, CustomerDirectory customers) {
        this.desk = desk;
        this.customers = customers;
    }

    @GetMapping("/api/tickets/{number}/survey")
    SurveyResponse ofTicket(Authentication auth, @PathVariable String number) {
        return SurveyResponse.of(desk.ofTicket(customer(auth), number));
    }

    @PostMapping("/api/tickets/{number}/survey")
    SurveyResponse answerTicket(Authentication auth, @PathVariable String number,
            @RequestBody(required = false) SurveyAnswerRequest body) {
        return SurveyResponse.of(desk.answerTicket(customer(auth), number, body == null ? null : body.answer(),
                body == null ? null : body.comment()));
    }

    @GetMapping("/api/ouvidoria/{number}/survey")
    SurveyResponse ofOuvidoria(Authentication auth, @PathVariable String number) {
        return SurveyResponse.of(desk.ofOuvidoria(customer(auth), number));
    }

    @PostMapping("/api/ouvidoria/{number}/survey")
    SurveyResponse answerOuvidoria(Authentication auth, @PathVariable String number,
            @RequestBody(required = false) SurveyAnswerRequest body) {
        return SurveyResponse.of(desk.answerOuvidoria(customer(auth), number, body == null ? null : body.answer(),
                body == null ? null : body.comment()));
    }

    private Customer customer(Authentication auth) {
        return customers.byEmail(auth.getName()).orElseThrow();
    }
}
