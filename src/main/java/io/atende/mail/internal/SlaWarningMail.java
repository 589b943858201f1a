package io.atende.mail.internal;

import io.atende.account.CustomerDirectory;
import io.atende.mail.Brasilia;
import io.atende.mail.MailSettings;
import io.atende.mail.Mailer;
import io.atende.platform.AsApplication;
import io.atende.team.Teams;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketEvents.SlaWarned;
import io.atende.ticket.TicketLookup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the leaders of the team holding a ticket ({@code lideres-<team>}, Camunda users with an e-mail address)
 * that its support target is near (R20). The message is in the outbox iff the warning's transaction commits.
 */
@Component
class SlaWarningMail {

    static final String TEMPLATE = "sla-warning";
    private static final Logger log = LoggerFactory.getLogger(SlaWarningMail.class);

    private final ProcessEngine engine;
    private final Teams teams;
    private final Mailer mailer;
    private final MailSettings settings;
    private final TicketLookup tickets;
    private final CustomerDirectory customers;

    SlaWarningMail(ProcessEngine engine, Teams teams, Mailer mailer, MailSettings settings, TicketLookup tickets,
            CustomerDirectory customers) {
        this.engine = engine;
        this.teams = teams;
        this.mailer = mailer;
        this.settings = settings;
        this.tickets = tickets;
        this.customers = customers;
    }

    @EventListener
    void warned(SlaWarned event) {
        String leads = teams.leadGroupOf(event.team());
        List<User> leaders = AsApplication.run(engine, () -> engine.getIdentityService().createUserQuery()
                .memberOfGroup(leads).list());
        List<User> reachable = leaders.stream().filter(u -> u.getEmail() != null && !u.getEmail().isBlank()).toList();
        if (reachable.isEmpty()) {
            log.warn("Ticket {}: SLA warning for team {} reaches nobody: group {} has no member with an e-mail address",
                    event.number(), event.team(), leads);
            return;
        }
        Ticket ticket = tickets.byNumber(event.number()).orElseThrow();
        String teamName = teams.exists(event.team()) ? teams.name(event.team()) : event.team();
        for (User leader : reachable) {
            Map<String, Object> model = new HashMap<>();
            model.put("recipientName", leader.getFirstName() == null ? leader.getId() : leader.getFirstName());
            model.put("ticketNumber", event.number().toString());
            model.put("subject", ticket.getSubject());
            model.put("company", customers.companyName(ticket.getCompanyId()).orElse(""));
            model.put("priority", ticket.getPriority() == null ? "" : ticket.getPriority().name());
            model.put("teamName", teamName);
            model.put("dueAt", Brasilia.format(event.dueAt()));
            model.put("staffUrl", settings.publicUrl() + "/equipe/tickets/" + event.number());
            mailer.send(leader.getEmail(), TEMPLATE, model,
                    "Prazo vencendo: ticket " + event.number() + " (" + teamName + ") vence em " + Brasilia.format(event.dueAt()));
        }
    }
}
