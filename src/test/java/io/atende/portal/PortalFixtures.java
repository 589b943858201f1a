package io.atende.portal;

import io.atende.ticket.AnalysisOutcome;
import io.atende.account.Companies;
import io.atende.account.Company;
import io.atende.account.ContactAccounts;
import io.atende.account.Customer;
import io.atende.account.Offer;
import io.atende.ticket.Channel;
import io.atende.ticket.Environment;
import io.atende.ticket.Impact;
import io.atende.ticket.Product;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketDraft;
import io.atende.ticket.TicketType;
import io.atende.ticket.Urgency;
import io.atende.ticket.TicketProcess;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fresh companies and contacts per test (so tests never share a throttle, a deactivation or a
 * dashboard), tickets opened through the domain, and the agent's side driven through the engine.
 */
final class PortalFixtures {

    static final String PASSWORD = "uma frase longa de teste 42";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Companies companies;
    private final ContactAccounts accounts;
    private final TicketDesk desk;
    private final TaskService taskService;
    private final TransactionTemplate tx;

    static PortalFixtures of(ApplicationContext context) {
        return new PortalFixtures(context.getBean(Companies.class), context.getBean(ContactAccounts.class),
                context.getBean(TicketDesk.class), context.getBean(TaskService.class),
                context.getBean(TransactionTemplate.class));
    }

    private PortalFixtures(Companies companies, ContactAccounts accounts, TicketDesk desk, TaskService taskService,
            TransactionTemplate tx) {
        this.companies = companies;
        this.accounts = accounts;
        this.desk = desk;
        this.taskService = taskService;
        this.tx = tx;
    }

    /** A company with an administrator and one contact, both with {@link #PASSWORD}. */
    record TestCompany(long id, String name, Customer admin, Customer contact) {
    }

    TestCompany company(boolean blocked) {
        int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 100000) * 100;
        return tx.execute(status -> {
            Company company = new Company("Empresa Teste " + n, Offer.PADRAO, "SP", "São Paulo");
            if (blocked) {
                company.registerFinancialPendency();
            }
            companies.save(company);
            Customer admin = accounts.activateAdministrator(company.getId(), "Roberto " + n, "admin" + n + "@teste.com.br");
            accounts.setPassword(admin.contactId(), PASSWORD);
            Customer contact = accounts.invite(admin, "Ana " + n, "ana" + n + "@teste.com.br", false);
            accounts.setPassword(contact.contactId(), PASSWORD);
            return new TestCompany(company.getId(), company.getName(), admin, contact);
        });
    }

    Ticket open(Customer customer, String subject, String description) {
        return desk.open(customer, new TicketDraft(TicketType.SUPORTE, Channel.PORTAL, Product.PROTHEUS, "MATA410",
                "12.1.2410", Environment.PRODUCAO, subject, description, Impact.ALTO, Urgency.ALTA), null);
    }

    /** The team proposes a solution: the ticket becomes RESOLVIDO with a contest deadline (R18). */
    void proposeSolution(String number, String solution) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(TicketProcess.TASK_ANALYZE).singleResult();
        taskService.complete(task.getId(), Map.of(TicketProcess.VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(),
                TicketProcess.VAR_SOLUTION.name(), solution));
    }
}
