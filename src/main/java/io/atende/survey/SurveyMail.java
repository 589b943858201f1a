package io.atende.survey;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.mail.Brasilia;
import io.atende.mail.Mailer;
import io.atende.mail.OneClickAction;
import io.atende.survey.SurveyEvents.SurveyInvited;
import io.atende.ticket.TicketLookup;
import io.atende.ticket.TicketNumber;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * R21 by e-mail: the invitation of a closed ticket carries two one-click answers (each opens a
 * page that confirms, with an optional comment), valid until the invitation expires.
 */
@Configuration(proxyBeanMethods = false)
class SurveyMail {

    static final String ACTION_GOOD = "SURVEY_GOOD";
    static final String ACTION_BAD = "SURVEY_BAD";

    private final Mailer mailer;
    private final CustomerDirectory customers;
    private final TicketLookup tickets;

    SurveyMail(Mailer mailer, CustomerDirectory customers, TicketLookup tickets) {
        this.mailer = mailer;
        this.customers = customers;
        this.tickets = tickets;
    }

    /** Written in the closing transaction: sent if and only if the close commits. */
    @EventListener
    void invite(SurveyInvited event) {
        if (event.subject() != SurveySubject.TICKET) {
            return; // an Ouvidoria case's survey is answered in the portal or the API (no ticket-bound link)
        }
        Customer contact = customers.byContactId(event.contactId()).orElse(null);
        if (contact == null || !contact.active()) {
            return;
        }
        Map<String, Object> ticket = new HashMap<>();
        ticket.put("number", event.number());
        ticket.put("subject", tickets.byNumber(TicketNumber.of(event.number())).map(t -> t.getSubject()).orElse(""));
        Map<String, Object> model = new HashMap<>();
        model.put("ticket", ticket);
        model.put("recipientName", contact.contactName());
        model.put("expiresAt", Brasilia.format(event.expiresAt()));
        model.put("goodUrl", mailer.actionLink(ACTION_GOOD, event.number(), contact.contactId(), event.expiresAt()));
        model.put("badUrl", mailer.actionLink(ACTION_BAD, event.number(), contact.contactId(), event.expiresAt()));
        mailer.send(contact.email(), "survey-invitation", model, null);
    }

    @Bean
    OneClickAction surveyGood(SurveyDesk desk) {
        return new SurveyAnswerAction(desk, ACTION_GOOD, SurveyAnswer.BOM);
    }

    @Bean
    OneClickAction surveyBad(SurveyDesk desk) {
        return new SurveyAnswerAction(desk, ACTION_BAD, SurveyAnswer.RUIM);
    }

    private record SurveyAnswerAction(SurveyDesk desk, String name, SurveyAnswer answer) implements OneClickAction {

        @Override
        public String title() {
            return "Qual a sua avaliação sobre o suporte recebido?";
        }

        @Override
        public String explanation() {
            return "Sua resposta: \"" + answer.label() + "\". Para deixar também um comentário, responda pelo Portal do Cliente.";
        }

        @Override
        public String confirmLabel() {
            return "Confirmar avaliação";
        }

        @Override
        public boolean asksForReason() {
            return false;
        }

        @Override
        public String perform(Customer contact, TicketNumber ticket, String comment) {
            desk.answerTicket(contact, ticket.toString(), answer.name(), comment);
            return "Obrigado! Sua avaliação do ticket " + ticket + " foi registrada.";
        }
    }
}
