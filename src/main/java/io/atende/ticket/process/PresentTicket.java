package io.atende.ticket.process;

import static io.atende.ticket.process.TicketProcess.*;

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
        task.setVariableLocal(VIEW_NUMBER, ticket.number().toString());
        task.setVariableLocal(VIEW_COMPANY, customer.companyName());
        task.setVariableLocal(VIEW_CONTACT, customer.contactName() + " <" + customer.email() + ">");
        task.setVariableLocal(VIEW_PRIORITY, String.valueOf(ticket.getPriority()));
        Instant due = TASK_FIX_NON_CONFORMITY.equals(task.getTaskDefinitionKey()) ? ticket.getMaintenanceDueAt()
                : ticket.getSlaDueAt();
        task.setVariableLocal(VIEW_SLA_DUE, StaffFormat.due(due));
        task.setVariableLocal(VIEW_PRODUCT, Stream.of(
                        ticket.getProduct() == null ? null : ticket.getProduct().name(), ticket.getRoutine(),
                        ticket.getProductVersion(), ticket.getEnvironment() == null ? null : ticket.getEnvironment().name())
                .map(v -> v == null || v.isBlank() ? "—" : v).collect(Collectors.joining(" / ")));
        String page = links.of(ticket.number());
        task.setVariableLocal(VIEW_SUBJECT, FormText.head(ticket.getSubject(), page));
        task.setVariableLocal(VIEW_DESCRIPTION, FormText.head(ticket.getDescription(), page));
        task.setVariableLocal(VIEW_BILLABLE, ticket.getType() == TicketType.CONSULTORIA_TELEFONICA);
        task.setVariableLocal(VIEW_HISTORY, FormText.tail(history.of(ticket).stream().map(PresentTicket::line)
                .collect(Collectors.joining("\n\n")), page));
    }

    private static String line(HistoryItem item) {
        String inherited = item.inheritedFrom() == null ? "" : StaffFormat.inheritedMark(item) + " ";
        String text = item.text() == null ? "" : "\n" + item.text();
        return inherited + StaffFormat.when(item.at()) + " — " + item.author() + " — " + item.kind().label() + text;
    }
}
