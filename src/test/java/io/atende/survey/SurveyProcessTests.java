package io.atende.survey;

import io.atende.survey.process.SurveyProcess;
import static io.atende.survey.SurveyFixtures.*;
import static io.atende.survey.process.SurveyProcess.*;
import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.ouvidoria.OuvidoriaCase;
import io.atende.ouvidoria.OuvidoriaDesk;
import io.atende.ouvidoria.process.OuvidoriaProcess;
import io.atende.survey.SurveyEvents.*;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The satisfaction-survey process on the real engine (R21): invitation on closure, one answer, expiry, review. */
@AtendeIntegrationTest
@RecordApplicationEvents
class SurveyProcessTests {

    static final Instant MONDAY_10 = brasilia("2026-11-30T10:00");

    @Autowired ProcessEngine engine;
    @Autowired SurveyDesk surveys;
    @Autowired TicketDesk tickets;
    @Autowired OuvidoriaDesk ouvidoria;
    @Autowired CustomerDirectory customers;
    @Autowired ApplicationEvents events;

    Customer ana;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY_10));
        ana = customers.byEmail(ANA).orElseThrow();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R21: accepting the solution invites the customer; the invitation expires 30 days later, in the job table too")
    void invitesWhenTicketIsAccepted() {
        Ticket ticket = closedTicket(engine, tickets, ana);

        SatisfactionSurvey survey = surveys.ofTicket(ana, ticket.number().toString());
        Instant expiresAt = MONDAY_10.plus(Duration.ofDays(30));
        Assertions.assertThat(survey.getStatus()).isEqualTo(SurveyStatus.CONVIDADO);
        Assertions.assertThat(survey.getTeam()).isEqualTo("suporte-protheus");
        Assertions.assertThat(survey.getExpiresAt()).isEqualTo(expiresAt);
        ProcessInstance instance = surveyOf(ticket);
        assertThat(instance).isWaitingAt(GATEWAY_AWAIT_ANSWER).variables().containsEntry(VAR_LEAD_GROUP.name(),
                "lideres-suporte-protheus");
        Assertions.assertThat(timer(instance).getDuedate()).isEqualTo(Date.from(expiresAt));
        Assertions.assertThat(events.stream(SurveyInvited.class)).singleElement().satisfies(e -> {
            Assertions.assertThat(e.number()).isEqualTo(ticket.number().value());
            Assertions.assertThat(e.question()).isEqualTo("Qual a sua avaliação sobre o suporte recebido?");
        });
    }

    @Test
    @DisplayName("R18, R21: a ticket closed by the end of the contest window is surveyed too")
    void invitesWhenContestWindowEnds() {
        Ticket ticket = resolvedTicket(engine, tickets, ana);
        String lifecycle = processInstanceQuery().processDefinitionKey(TicketProcess.KEY)
                .processInstanceBusinessKey(ticket.number().toString()).singleResult().getId();
        Job window = jobQuery().processInstanceId(lifecycle).activityId(TicketProcess.TIMER_CONTEST_WINDOW).singleResult();
        ClockUtil.setCurrentTime(window.getDuedate());

        execute(window);

        assertThat(surveyOf(ticket)).isWaitingAt(GATEWAY_AWAIT_ANSWER);
        Assertions.assertThat(surveys.ofTicket(ana, ticket.number().toString()).getExpiresAt())
                .isEqualTo(window.getDuedate().toInstant().plus(Duration.ofDays(30)));
    }

    @Test
    @DisplayName("R21: a good answer ends the survey; a second answer is refused")
    void acceptsOneAnswerOnly() {
        Ticket ticket = closedTicket(engine, tickets, ana);
        ProcessInstance instance = surveyOf(ticket);

        surveys.answerTicket(ana, ticket.number().toString(), "bom", "Atendimento rápido.");

        assertThat(instance).isEnded().hasPassedInOrder(EVENT_ANSWERED, "Gateway_Rating", END_SATISFIED);
        SatisfactionSurvey survey = surveys.ofTicket(ana, ticket.number().toString());
        Assertions.assertThat(survey.getAnswer()).isEqualTo(SurveyAnswer.BOM);
        Assertions.assertThat(survey.getComment()).isEqualTo("Atendimento rápido.");
        assertThatThrownBy(() -> surveys.answerTicket(ana, ticket.number().toString(), "RUIM", null))
                .isInstanceOf(SurveyStateException.class).hasMessageContaining("já foi respondida");
        Assertions.assertThat(surveys.ofTicket(ana, ticket.number().toString()).getAnswer()).isEqualTo(SurveyAnswer.BOM);
    }

    @Test
    @DisplayName("R21: a bad answer opens a review task for the team's leads with the comment")
    void badAnswerOpensReviewForTeamLeads() {
        Ticket ticket = closedTicket(engine, tickets, ana);
        ProcessInstance instance = surveyOf(ticket);

        surveys.answerTicket(ana, ticket.number().toString(), "RUIM", "Demorou duas semanas.");

        assertThat(instance).isWaitingAt(TASK_REVIEW);
        Task review = task(instance);
        assertThat(review).hasCandidateGroup("lideres-suporte-protheus").hasCandidateUser("lider-suporte-protheus");
        Assertions.assertThat(taskService().getVariablesLocal(review.getId()))
                .containsEntry(VIEW_COMMENT.name(), "Demorou duas semanas.")
                .containsEntry(VIEW_ANSWER.name(), "Ruim, estou insatisfeito")
                .containsEntry(VIEW_SUBJECT.name(), "Ticket " + ticket.number());
        Assertions.assertThat(events.stream(SurveyAnswered.class)).singleElement()
                .satisfies(e -> Assertions.assertThat(e.answer()).isEqualTo(SurveyAnswer.RUIM));

        assertThatThrownBy(() -> complete(review, withVariables(VAR_REVIEW_NOTES.name(), "")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reviewNotes");
        claim(review, "lider-suporte-protheus");
        complete(review, withVariables(VAR_REVIEW_NOTES.name(), "Falamos com a equipe; novo treinamento."));

        assertThat(instance).isEnded().hasPassed(END_REVIEWED);
        SatisfactionSurvey survey = surveys.ofTicket(ana, ticket.number().toString());
        Assertions.assertThat(survey.getReviewedBy()).isEqualTo("lider-suporte-protheus");
        Assertions.assertThat(survey.getReviewNotes()).contains("treinamento");
    }

    @Test
    @DisplayName("R21: the invitation expires by its timer on the engine clock; afterwards answers are refused")
    void expiresAfterThirtyDays() {
        Ticket ticket = closedTicket(engine, tickets, ana);
        ProcessInstance instance = surveyOf(ticket);
        Job timer = timer(instance);

        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);

        assertThat(instance).isEnded().hasPassedInOrder(TIMER_EXPIRED, TASK_EXPIRE, END_EXPIRED);
        SatisfactionSurvey survey = surveys.ofTicket(ana, ticket.number().toString());
        Assertions.assertThat(survey.getStatus()).isEqualTo(SurveyStatus.EXPIRADA);
        Assertions.assertThat(survey.getExpiredAt()).isEqualTo(timer.getDuedate().toInstant());
        assertThatThrownBy(() -> surveys.answerTicket(ana, ticket.number().toString(), "BOM", null))
                .isInstanceOf(SurveyStateException.class).hasMessageContaining("expirou");
        Assertions.assertThat(events.stream(SurveyExpired.class)).hasSize(1);
    }

    @Test
    @DisplayName("R21: an answer one second after expiry is refused even before the timer ran")
    void refusesAnswerAfterExpiryBeforeTimerRuns() {
        Ticket ticket = closedTicket(engine, tickets, ana);
        ClockUtil.setCurrentTime(Date.from(MONDAY_10.plus(Duration.ofDays(30)).plusSeconds(1)));

        assertThatThrownBy(() -> surveys.answerTicket(ana, ticket.number().toString(), "BOM", null))
                .isInstanceOf(SurveyStateException.class).hasMessageContaining("expirou");
        assertThat(surveyOf(ticket)).isWaitingAt(GATEWAY_AWAIT_ANSWER);
    }

    @Test
    @DisplayName("R21: a bad answer's value is refused naming the valid ones")
    void refusesUnknownAnswerValue() {
        Ticket ticket = closedTicket(engine, tickets, ana);

        assertThatThrownBy(() -> surveys.answerTicket(ana, ticket.number().toString(), "OTIMO", null))
                .isInstanceOf(InvalidSurveyAnswerException.class).hasMessageContaining("BOM").hasMessageContaining("RUIM");
        assertThat(surveyOf(ticket)).isWaitingAt(GATEWAY_AWAIT_ANSWER);
    }

    @Test
    @DisplayName("R13, R21: closing an Ouvidoria case is followed by the survey, reviewed by the Ouvidoria's leads")
    void closingOuvidoriaCaseInvitesTheCustomer() {
        Ticket earlier = tickets.open(ana, supportDraft(io.atende.ticket.Impact.MEDIO, io.atende.ticket.Urgency.MEDIA), null);
        OuvidoriaCase c = ouvidoria.open(ana, List.of(earlier.number().toString()), "Sem solução.");
        ProcessInstance caseInstance = processInstanceQuery().processDefinitionKey(OuvidoriaProcess.KEY)
                .processInstanceBusinessKey(c.number().toString()).singleResult();

        complete(task(caseInstance), withVariables(OuvidoriaProcess.VAR_RESPONSE.name(), "Resolvemos com a equipe."));

        assertThat(caseInstance).isEnded();
        ProcessInstance survey = processInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(SurveySubject.OUVIDORIA.businessKey(c.number().value())).singleResult();
        assertThat(survey).isWaitingAt(GATEWAY_AWAIT_ANSWER).variables().containsEntry(VAR_LEAD_GROUP.name(), "lideres-ouvidoria");
        surveys.answerOuvidoria(ana, c.number().toString(), "RUIM", "A resposta não resolveu.");
        assertThat(task(survey)).hasCandidateGroup("lideres-ouvidoria");
    }

    private ProcessInstance surveyOf(Ticket ticket) {
        return processInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(SurveySubject.TICKET.businessKey(ticket.number().value())).singleResult();
    }

    private Job timer(ProcessInstance instance) {
        return jobQuery().processInstanceId(instance.getId()).activityId(TIMER_EXPIRED).singleResult();
    }
}
