package io.atende.ticket.process;

import static io.atende.ticket.process.TicketProcess.*;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.platform.FormText;
import io.atende.ticket.HistoryItem;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketHistory;
import io.atende.ticket.TicketType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts a read-only view of the ticket on a new task as task-local variables, so the agent's form
 * shows the ticket, the customer and the whole history without process variables holding them.
 */
@Component("presentTicket")
class PresentTicket implements TaskListener {

    static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BRASILIA);

    private final ProcessTickets tickets;
    private final TicketHistory history;
    private final CustomerDirectory customers;

    PresentTicket(ProcessTickets tickets, TicketHistory history, CustomerDirectory customers) {
        this.tickets = tickets;
        this.history = history;
        this.customers = customers;
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
        task.setVariableLocal(VIEW_SLA_DUE, due == null ? "—" : WHEN.format(due) + " (horário de Brasília)");
        task.setVariableLocal(VIEW_PRODUCT, Stream.of(
                        ticket.getProduct() == null ? null : ticket.getProduct().name(), ticket.getRoutine(),
                        ticket.getProductVersion(), ticket.getEnvironment() == null ? null : ticket.getEnvironment().name())
                .map(v -> v == null || v.isBlank() ? "—" : v).collect(Collectors.joining(" / ")));
        task.setVariableLocal(VIEW_SUBJECT, FormText.head(ticket.getSubject()));
        task.setVariableLocal(VIEW_DESCRIPTION, FormText.head(ticket.getDescription()));
        task.setVariableLocal(VIEW_BILLABLE, ticket.getType() == TicketType.CONSULTORIA_TELEFONICA);
        task.setVariableLocal(VIEW_HISTORY, FormText.tail(history.of(ticket).stream().map(PresentTicket::line)
                .collect(Collectors.joining("\n\n"))));
    }

    private static String line(HistoryItem item) {
        String inherited = item.inheritedFrom() == null ? "" : "[herdado do ticket " + item.inheritedFrom() + "] ";
        String text = item.text() == null ? "" : "\n" + item.text();
        return inherited + WHEN.format(item.at()) + " — " + item.author() + " — " + item.kind().label() + text;
    }
}
