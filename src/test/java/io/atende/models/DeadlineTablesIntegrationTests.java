package io.atende.models;

import io.atende.ticket.AnalysisOutcome;
import static io.atende.ticket.TicketFixtures.ANA;
import static io.atende.ticket.TicketFixtures.brasilia;
import static io.atende.ticket.TicketFixtures.supportDraft;
import static io.atende.ticket.TicketProcess.TIMER_CONTEST_WINDOW;
import static io.atende.ticket.TicketProcess.VAR_OUTCOME;
import static io.atende.ticket.TicketProcess.VAR_SOLUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.ouvidoria.OuvidoriaCase;
import io.atende.ouvidoria.OuvidoriaDesk;
import io.atende.ouvidoria.OuvidoriaFixtures;
import io.atende.sla.DeadlineTerms;
import io.atende.survey.SatisfactionSurvey;
import io.atende.survey.SurveyDesk;
import io.atende.survey.SurveySubject;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Tickets;
import io.atende.ticket.Urgency;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13.2: the contest window (R18), the survey's expiry (R21) and the Ouvidoria's response target (R13) are
 * rows of the process owner's table {@code deadlines}; a version deployed from Modeler applies to the next
 * deadline without a restart, and what is shown (the ticket's, case's, survey's deadline) is the timer's instant.
 */
@AtendeIntegrationTest
class DeadlineTablesIntegrationTests {

    /** Monday 2026-11-30 10:00 Brasília. */
    static final Instant MONDAY_10 = brasilia("2026-11-30T10:00");

    @Autowired LiveModels models;
    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired Tickets tickets;
    @Autowired CustomerDirectory customers;
    @Autowired OuvidoriaDesk ouvidoria;
    @Autowired SurveyDesk surveys;
    @Autowired DeadlineTerms terms;

    Customer ana;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(MONDAY_10));
        ana = customers.byEmail(ANA).orElseThrow();
    }

    @AfterEach
    void releaseTableAgain() {
        ClockUtil.reset();
        models.adoptRelease(DeadlineTerms.DECISION, "test");
    }

    @Test
    @DisplayName("The release's table: 7 business days (dias-uteis), 30 days, 10 business days (ouvidoria)")
    void theReleasesTermsAreTheGuides() {
        assertThat(terms.businessDays(DeadlineTerms.Deadline.CONTEST_WINDOW))
                .isEqualTo(new DeadlineTerms.Term(7, "dias-uteis", null));
        assertThat(terms.duration(DeadlineTerms.Deadline.SURVEY_EXPIRY).duration()).isEqualTo(Duration.ofDays(30));
        assertThat(terms.businessDays(DeadlineTerms.Deadline.OUVIDORIA_RESPONSE))
                .isEqualTo(new DeadlineTerms.Term(10, "ouvidoria", null));
        assertThat(terms.slaWarning()).isEqualTo(new DeadlineTerms.Warning(80, null));
    }

    @Test
    @DisplayName("R20's warning at 150 % of the target is refused at deployment, naming the row and column 'percent'")
    void aWarningPastTheTargetIsRefused() {
        assertThatThrownBy(() -> deployDeadlines("<text>80</text>", "<text>150</text>"))
                .hasMessageContaining("deadlines").hasMessageContaining("linha 4").hasMessageContaining("'percent'")
                .hasMessageContaining("entre 1 e 99");

        assertThat(terms.slaWarning().percent()).isEqualTo(80);
    }

    @Test
    @DisplayName("R18 tuned to 3 business days: the ticket shows the deadline the contest timer fires at")
    void theContestWindowFollowsTheOwnersTable() {
        deployDeadlines("<text>7</text>", "<text>3</text>");
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        var instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ticket.number().toString()).singleResult();
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();

        engine.getTaskService().complete(task.getId(), Map.of(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(),
                "Aplique o pacote."));

        // Resolved Monday 30/11: Dec 1, 2, 3 → Thursday 03/12 23:59:59 Brasília.
        Instant deadline = brasilia("2026-12-03T23:59:59");
        assertThat(tickets.findById(ticket.getId()).orElseThrow().getContestDeadline()).isEqualTo(deadline);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(TIMER_CONTEST_WINDOW).singleResult().getDuedate()).isEqualTo(Date.from(deadline));
    }

    @Test
    @DisplayName("R13 tuned to 5 business days and R21 to 10 days: the case and the survey get those deadlines")
    void theOuvidoriaAndSurveyFollowTheOwnersTable() {
        deployDeadlines("<text>10</text>", "<text>5</text>", "<text>\"P30D\"</text>", "<text>\"P10D\"</text>");
        Ticket earlier = OuvidoriaFixtures.earlierTicket(desk, ana);

        OuvidoriaCase c = ouvidoria.open(ana, List.of(earlier.number().toString()), OuvidoriaFixtures.DESCRIPTION);
        // the Ouvidoria calendar's business days after Monday 30/11: Dec 1, 2, 3, 4, 7 → Monday 07/12 23:59:59
        assertThat(c.getResponseDueAt()).isEqualTo(brasilia("2026-12-07T23:59:59"));

        SatisfactionSurvey survey = surveys.invite(SurveySubject.TICKET, earlier.number().value(), ana.companyId(),
                ana.contactId(), "suporte-protheus").orElseThrow();
        assertThat(survey.getExpiresAt()).isEqualTo(MONDAY_10.plus(Duration.ofDays(10)));
    }

    @Test
    @DisplayName("A row naming a calendar that does not exist is refused at deployment, naming the row and column; "
            + "the live table stays")
    void anUnusableRowIsRefused() {
        assertThatThrownBy(() -> deployDeadlines("<text>\"dias-uteis\"</text>", "<text>\"dias-uteis-errado\"</text>"))
                .hasMessageContaining("deadlines").hasMessageContaining("linha 1")
                .hasMessageContaining("'calendar'").hasMessageContaining("dias-uteis-errado");

        assertThat(terms.businessDays(DeadlineTerms.Deadline.CONTEST_WINDOW).calendar()).isEqualTo("dias-uteis");
    }

    /** A process owner's version of processes/deadlines.dmn: each pair replaces the first match of its text. */
    private void deployDeadlines(String... replacements) {
        String text = new String(models.packaged().stream().filter(m -> m.key().equals(DeadlineTerms.DECISION))
                .findFirst().orElseThrow().content(), StandardCharsets.UTF_8);
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(text).contains(replacements[i]);
            text = text.replaceFirst(java.util.regex.Pattern.quote(replacements[i]),
                    java.util.regex.Matcher.quoteReplacement(replacements[i + 1]));
        }
        engine.getRepositoryService().createDeployment().name("deadlines.dmn").source("Camunda Modeler")
                .addString("deadlines.dmn", text).deploy();
    }
}
