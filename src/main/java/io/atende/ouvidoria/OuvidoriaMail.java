package io.atende.ouvidoria;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.mail.Brasilia;
import io.atende.mail.Mailer;
import io.atende.ouvidoria.OuvidoriaEvents.OuvidoriaAnswered;
import io.atende.ouvidoria.OuvidoriaEvents.OuvidoriaOpened;
import io.atende.ticket.TicketNumber;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * R13 by e-mail: the acknowledgement (with the response deadline in Brasília time) and the
 * Ouvidoria's response, written to the outbox in the transaction that caused them.
 */
@Component
class OuvidoriaMail {


    private final Mailer mailer;
    private final CustomerDirectory customers;

    OuvidoriaMail(Mailer mailer, CustomerDirectory customers) {
        this.mailer = mailer;
        this.customers = customers;
    }

    @EventListener
    void acknowledge(OuvidoriaOpened event) {
        customers.byContactId(event.contactId()).filter(Customer::active).ifPresent(contact -> {
            Map<String, Object> model = model(contact, event.number());
            model.put("tickets", event.tickets().stream().map(TicketNumber::toString).collect(Collectors.joining(", ")));
            model.put("responseDueAt", Brasilia.format(event.responseDueAt()));
            mailer.send(contact.email(), "ouvidoria-opened", model, null);
        });
    }

    @EventListener
    void respond(OuvidoriaAnswered event) {
        customers.byContactId(event.contactId()).filter(Customer::active).ifPresent(contact -> {
            Map<String, Object> model = model(contact, event.number());
            model.put("response", event.response());
            mailer.send(contact.email(), "ouvidoria-answered", model, null);
        });
    }

    private static Map<String, Object> model(Customer contact, OuvidoriaNumber number) {
        Map<String, Object> model = new HashMap<>();
        model.put("recipientName", contact.contactName());
        model.put("caseNumber", number.toString());
        return model;
    }
}
