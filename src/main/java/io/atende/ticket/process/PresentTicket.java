package io.atende.ticket.process;

import static io.atende.ticket.TicketProcess.*;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.platform.FormText;
import io.atende.ticket.HistoryItem;
import io.atende.ticket.StaffFormat;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketHistory;
import io.atende.ticket.TicketType;
import io.atende.ticket.web.StaffTicketLinks;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts a read-only view of the ticket on a new task as task-local variables, so the agent's form
 * shows the ticket, the customer and the whole history without process variables holding them. A text
 * too long for a form field is cut, and its note links the staff ticket page, which shows all of it.
 */
@Component("presentTicket")
class PresentTicket implements TaskListener {

    private final ProcessTickets tickets;
    private final TicketHistory history;
    private final CustomerDirectory customers;
    private final StaffTicketLinks links;

    PresentTicket(ProcessTickets tickets, TicketHistory history, CustomerDirectory customers, StaffTicketLinks links) {
        this.tickets = tickets;
        this.history = history;
        this.customers = customers;
        this.links = links;
    }

    @Override
    public void notify(DelegateTask task) {
        Ticket ticket = tickets.of(task.getExecution());
        Customer customer = customers.byContactId(ticket.getContactId()).orElseThrow();
        VIEW_NUMBER.on(task).setLocal(ticket.number().toString());
        VIEW_COMPANY.on(task).setLocal(customer.companyName());
        VIEW_CONTACT.on(task).setLocal(customer.contactName() + " <" + customer.email() + ">");
        VIEW_PRIORITY.on(task).setLocal(String.valueOf(ticket.getPriority()));
        Instant due = TASK_FIX_NON_CONFORMITY.equals(task.getTaskDefinitionKey()) ? ticket.getMaintenanceDueAt()
                : ticket.getSlaDueAt();
        VIEW_SLA_DUE.on(task).setLocal(StaffFormat.due(due));
        VIEW_PRODUCT.on(task).setLocal(Stream.of(
                        ticket.getProduct() == null ? null : ticket.getProduct().name(), ticket.getRoutine(),
                        ticket.getProductVersion(), ticket.getEnvironment() == null ? null : ticket.getEnvironment().name())
                .map(v -> v == null || v.isBlank() ? "—" : v).collect(Collectors.joining(" / ")));
        String page = links.of(ticket.number());
        VIEW_SUBJECT.on(task).setLocal(FormText.head(ticket.getSubject(), page));
        VIEW_DESCRIPTION.on(task).setLocal(FormText.head(ticket.getDescription(), page));
        VIEW_BILLABLE.on(task).setLocal(ticket.getType() == TicketType.CONSULTORIA_TELEFONICA);
        VIEW_HISTORY.on(task).setLocal(FormText.tail(history.of(ticket).stream().map(PresentTicket::line)
                .collect(Collectors.joining("\n\n")), page));
    }

    private static String line(HistoryItem item) {
        String inherited = item.inheritedFrom() == null ? "" : StaffFormat.inheritedMark(item) + " ";
        String text = item.text() == null ? "" : "\n" + item.text();
        return inherited + StaffFormat.when(item.at()) + " — " + item.author() + " — " + item.kind().label() + text;
    }
}
