package io.atende.ouvidoria.process;

import static io.atende.ouvidoria.process.OuvidoriaProcess.*;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.ouvidoria.OuvidoriaCase;
import io.atende.ouvidoria.OuvidoriaDesk;
import io.atende.platform.FormText;
import io.atende.sla.BusinessCalendars;
import io.atende.ticket.HistoryItem;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketReferences;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts a read-only view of the case on the new task as task-local variables: the customer, what
 * they complain about, and each referenced ticket with its whole history (R13, R19).
 */
@Component("presentOuvidoriaCase")
class PresentOuvidoriaCase implements TaskListener {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessCalendars.ZONE);

    private final OuvidoriaDesk desk;
    private final TicketReferences tickets;
    private final CustomerDirectory customers;

    PresentOuvidoriaCase(OuvidoriaDesk desk, TicketReferences tickets, CustomerDirectory customers) {
        this.desk = desk;
        this.tickets = tickets;
        this.customers = customers;
    }

    @Override
    public void notify(DelegateTask task) {
        OuvidoriaCase c = desk.find(OuvidoriaDelegates.caseOf(task.getExecution()));
        Customer customer = customers.byContactId(c.getContactId()).orElseThrow();
        VIEW_NUMBER.on(task).setLocal(c.number().toString());
        VIEW_COMPANY.on(task).setLocal(customer.companyName());
        VIEW_CONTACT.on(task).setLocal(customer.contactName() + " <" + customer.email() + ">");
        VIEW_CHANNEL.on(task).setLocal(c.getChannel().name()
                + (c.getRecordedBy() == null ? "" : " (registrada por " + c.getRecordedBy() + ")"));
        VIEW_OPENED.on(task).setLocal(when(c.getOpenedAt()));
        VIEW_DUE.on(task).setLocal(when(c.getResponseDueAt()));
        VIEW_DESCRIPTION.on(task).setLocal(FormText.head(c.getDescription()));
        VIEW_OCCURRENCE.on(task).setLocal(c.getOccurrence() == null ? "—" : FormText.head(c.getOccurrence()));
        String referenced = desk.referencedTickets(c).stream().map(this::ticket).collect(Collectors.joining("\n\n"));
        VIEW_TICKETS.on(task).setLocal(referenced.isEmpty() ? "Nenhum ticket citado." : FormText.head(referenced));
    }

    private String ticket(Ticket t) {
        String header = "══ Ticket " + t.number() + " — " + t.getSubject() + " (" + t.getStatus() + ", equipe "
                + (t.getTeam() == null ? "—" : t.getTeam()) + ", aberto em " + when(t.getOpenedAt()) + ")";
        String history = tickets.historyOf(t).stream().map(PresentOuvidoriaCase::line).collect(Collectors.joining("\n"));
        return header + "\n" + t.getDescription() + "\n── Histórico:\n" + history;
    }

    private static String line(HistoryItem item) {
        String inherited = item.inheritedFrom() == null ? "" : "[herdado do ticket " + item.inheritedFrom() + "] ";
        String text = item.text() == null ? "" : ": " + item.text();
        return inherited + WHEN.format(item.at()) + " — " + item.author() + " — " + item.kind().label() + text;
    }

    private static String when(Instant instant) {
        return instant == null ? "—" : WHEN.format(instant) + " (horário de Brasília)";
    }
}
