package io.atende.survey;

import java.time.Instant;

/** What happens to satisfaction surveys (R21), published inside the transaction that caused it. */
public final class SurveyEvents {

    private SurveyEvents() {
    }

    /** The customer was invited; the e-mail module sends the invitation with the question and its link. */
    public record SurveyInvited(SurveySubject subject, long number, Long companyId, Long contactId, String question,
            Instant expiresAt, Instant at) {
    }

    /** The customer answered; a RUIM answer goes to the team lead for review. */
    public record SurveyAnswered(SurveySubject subject, long number, SurveyAnswer answer, String comment, Instant at) {
    }

    /** The invitation expired unanswered. */
    public record SurveyExpired(SurveySubject subject, long number, Instant at) {
    }

    /** The team lead reviewed a RUIM answer. */
    public record SurveyReviewed(SurveySubject subject, long number, String lead, String notes, Instant at) {
    }
}
