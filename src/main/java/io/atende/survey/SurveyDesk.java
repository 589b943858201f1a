package io.atende.survey;

import io.atende.account.Customer;
import io.atende.ouvidoria.OuvidoriaCase;
import io.atende.ouvidoria.OuvidoriaDesk;
import io.atende.sla.DeadlineTerms.Deadline;
import io.atende.sla.DeadlineTerms;
import io.atende.team.Teams;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import io.atende.platform.ProcessVariable;
import io.atende.survey.process.SurveyProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction survey (R21): invitations when a ticket or an Ouvidoria case closes, the
 * customer's one answer, expiry and the lead's review. Each action is one transaction with the
 * engine (process {@code satisfaction-survey}, business key {@code ticket-<n>} / {@code ouvidoria-<n>}).
 */
@Service
@Transactional
public class SurveyDesk {

    private final SatisfactionSurveys surveys;
    private final TicketDesk tickets;
    private final OuvidoriaDesk ouvidoria;
    private final DeadlineTerms deadlines;
    private final Teams teams;
    private final RuntimeService runtimeService;
    private final Clock clock;

    SurveyDesk(SatisfactionSurveys surveys, TicketDesk tickets, OuvidoriaDesk ouvidoria, DeadlineTerms deadlines,
            Teams teams, RuntimeService runtimeService, Clock clock) {
        this.surveys = surveys;
        this.tickets = tickets;
        this.ouvidoria = ouvidoria;
        this.deadlines = deadlines;
        this.teams = teams;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /**
     * Invites the customer to answer about a closed ticket or case; the invitation expires after the duration of
     * the row SURVEY_EXPIRY of the process owner's table {@code deadlines}. A second invitation for the same subject is ignored.
     */
    public Optional<SatisfactionSurvey> invite(SurveySubject subject, long number, Long companyId, Long contactId,
            String team) {
        if (surveys.findBySubjectAndNumber(subject, number).isPresent()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(deadlines.duration(Deadline.SURVEY_EXPIRY).duration());
        SatisfactionSurvey survey = surveys.save(SatisfactionSurvey.invite(subject, number, companyId, contactId, team,
                now, expiresAt));
        runtimeService.startProcessInstanceByKey(SurveyProcess.KEY, subject.businessKey(number), ProcessVariable.map(
                SurveyProcess.VAR_SURVEY_ID.is(survey.getId()),
                SurveyProcess.VAR_EXPIRES_AT.is(expiresAt),
                SurveyProcess.VAR_LEAD_GROUP.is(teams.leadGroupOf(team))));
        return Optional.of(survey);
    }

    /** The survey of a ticket the contact may see (404 for others' tickets, or before the invitation). */
    @Transactional(readOnly = true)
    public SatisfactionSurvey ofTicket(Customer viewer, String number) {
        Ticket ticket = tickets.find(viewer, number);
        return surveys.findBySubjectAndNumber(SurveySubject.TICKET, ticket.number().value())
                .orElseThrow(() -> new SurveyNotFoundException("O ticket " + number + " ainda não tem pesquisa de "
                        + "satisfação: o convite é enviado quando o ticket é encerrado."));
    }

    /** The survey of an Ouvidoria case the contact may see. */
    @Transactional(readOnly = true)
    public SatisfactionSurvey ofOuvidoria(Customer viewer, String number) {
        OuvidoriaCase c = ouvidoria.find(viewer, number);
        return surveys.findBySubjectAndNumber(SurveySubject.OUVIDORIA, c.number().value())
                .orElseThrow(() -> new SurveyNotFoundException("A manifestação " + number + " ainda não tem pesquisa "
                        + "de satisfação: o convite é enviado quando ela é encerrada."));
    }

    /**
     * The customer's answer about a ticket (R21): once, before the invitation expires.
     *
     * @throws io.atende.ticket.TicketNotFoundException for a ticket the contact may not see (404)
     * @throws InvalidSurveyAnswerException for an answer other than BOM or RUIM (400)
     * @throws SurveyStateException when not invited yet, already answered or expired (409)
     */
    public SatisfactionSurvey answerTicket(Customer customer, String number, String answer, String comment) {
        Ticket ticket = tickets.find(customer, number);
        SurveyAnswer parsed = parse(answer);
        SatisfactionSurvey survey = surveys.findForChange(SurveySubject.TICKET, ticket.number().value())
                .orElseThrow(() -> new SurveyStateException("O ticket " + number + " ainda não foi encerrado; a "
                        + "pesquisa de satisfação é enviada quando ele for."));
        return answer(survey, parsed, comment, customer.contactName());
    }

    /** The customer's answer about an Ouvidoria case (R13, R21). */
    public SatisfactionSurvey answerOuvidoria(Customer customer, String number, String answer, String comment) {
        OuvidoriaCase c = ouvidoria.find(customer, number);
        SurveyAnswer parsed = parse(answer);
        SatisfactionSurvey survey = surveys.findForChange(SurveySubject.OUVIDORIA, c.number().value())
                .orElseThrow(() -> new SurveyStateException("A manifestação " + number + " ainda não foi encerrada; a "
                        + "pesquisa de satisfação é enviada quando ela for."));
        return answer(survey, parsed, comment, customer.contactName());
    }

    /** The invitation's lifetime ended (timer of the survey process). */
    public void expire(long surveyId) {
        SatisfactionSurvey survey = surveys.findForChange(surveyId)
                .orElseThrow(() -> new IllegalStateException("No survey " + surveyId));
        survey.expire(clock.instant());
        surveys.save(survey);
    }

    /** The lead's review of a RUIM answer. */
    public void recordReview(long surveyId, String notes, String lead) {
        SatisfactionSurvey survey = find(surveyId);
        survey.recordReview(notes, lead, clock.instant());
        surveys.save(survey);
    }

    @Transactional(readOnly = true)
    public SatisfactionSurvey find(long surveyId) {
        return surveys.findById(surveyId).orElseThrow(() -> new IllegalStateException("No survey " + surveyId));
    }

    private SatisfactionSurvey answer(SatisfactionSurvey survey, SurveyAnswer answer, String comment, String author) {
        survey.answer(answer, comment, author, clock.instant());
        surveys.save(survey);
        try {
            runtimeService.createMessageCorrelation(SurveyProcess.MESSAGE_ANSWERED)
                    .processInstanceBusinessKey(survey.getSubject().businessKey(survey.getNumber()))
                    .setVariables(ProcessVariable.map(SurveyProcess.VAR_ANSWER.is(answer)))
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            // The expiry timer won the race: the whole answer is refused.
            throw new SurveyStateException("O convite para esta pesquisa de satisfação expirou.");
        }
        return survey;
    }

    static SurveyAnswer parse(String answer) {
        String valid = Arrays.stream(SurveyAnswer.values()).map(a -> a.name() + " (\"" + a.label() + "\")")
                .collect(Collectors.joining(" ou "));
        if (answer == null || answer.isBlank()) {
            throw new InvalidSurveyAnswerException("answer", "O campo 'answer' é obrigatório; valores válidos: " + valid + ".");
        }
        try {
            return SurveyAnswer.valueOf(answer.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSurveyAnswerException("answer", "Valor inválido para 'answer': '" + answer
                    + "'. Valores válidos: " + valid + ".");
        }
    }
}
