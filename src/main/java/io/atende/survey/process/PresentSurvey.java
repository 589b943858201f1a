package io.atende.survey.process;

import static io.atende.survey.process.SurveyProcess.*;

import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.platform.FormText;
import io.atende.sla.BusinessCalendars;
import io.atende.survey.SatisfactionSurvey;
import io.atende.survey.SurveyDesk;
import io.atende.survey.SurveySubject;
import io.atende.ticket.HistoryItem;
import io.atende.ticket.TicketNumber;
import io.atende.ticket.TicketReferences;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the lead what the customer said and about what: task-local, read-only variables of the review form. */
@Component("presentSurvey")
class PresentSurvey implements TaskListener {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessCalendars.ZONE);

    private final SurveyDesk desk;
    private final CustomerDirectory customers;
    private final TicketReferences tickets;

    PresentSurvey(SurveyDesk desk, CustomerDirectory customers, TicketReferences tickets) {
        this.desk = desk;
        this.customers = customers;
        this.tickets = tickets;
    }

    @Override
    public void notify(DelegateTask task) {
        SatisfactionSurvey survey = desk.find(VAR_SURVEY_ID.from(task));
        Customer customer = customers.byContactId(survey.getContactId()).orElseThrow();
        boolean ticket = survey.getSubject() == SurveySubject.TICKET;
        VIEW_SUBJECT.on(task).setLocal((ticket ? "Ticket " : "Manifestação de Ouvidoria ") + survey.getNumber());
        VIEW_COMPANY.on(task).setLocal(customer.companyName());
        VIEW_CONTACT.on(task).setLocal(customer.contactName() + " <" + customer.email() + ">");
        VIEW_TEAM.on(task).setLocal(survey.getTeam());
        VIEW_ANSWER.on(task).setLocal(survey.getAnswer() == null ? "—" : survey.getAnswer().label());
        VIEW_COMMENT.on(task).setLocal(survey.getComment() == null ? "(sem comentário)" : FormText.head(survey.getComment()));
        VIEW_ANSWERED_AT.on(task).setLocal(survey.getAnsweredAt() == null ? "—"
                : WHEN.format(survey.getAnsweredAt()) + " (horário de Brasília)");
        VIEW_HISTORY.on(task).setLocal(ticket ? FormText.tail(history(survey.getNumber())) : "Veja a manifestação na Ouvidoria.");
    }

    private String history(long number) {
        return tickets.byNumber(TicketNumber.of(number)).map(t -> tickets.historyOf(t).stream().map(PresentSurvey::line)
                .collect(Collectors.joining("\n"))).orElse("—");
    }

    private static String line(HistoryItem item) {
        String text = item.text() == null ? "" : ": " + item.text();
        return WHEN.format(item.at()) + " — " + item.author() + " — " + item.kind().label() + text;
    }
}
