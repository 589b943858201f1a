package io.atende.survey.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.atende.sla.BusinessCalendars;
import io.atende.survey.SatisfactionSurvey;
import io.atende.survey.SurveyAnswer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** The invitation as the customer sees it: the question, the options, its state and the answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SurveyResponse(String subject, String number, String question, List<Option> options, String status,
        OffsetDateTime invitedAt, OffsetDateTime expiresAt, String answer, String answerLabel, String comment,
        OffsetDateTime answeredAt) {

    record Option(String value, String label) {
    }

    static SurveyResponse of(SatisfactionSurvey s) {
        return new SurveyResponse(s.getSubject().name(), Long.toString(s.getNumber()), SurveyAnswer.QUESTION,
                Arrays.stream(SurveyAnswer.values()).map(a -> new Option(a.name(), a.label())).toList(),
                s.getStatus().name(), local(s.getInvitedAt()), local(s.getExpiresAt()),
                s.getAnswer() == null ? null : s.getAnswer().name(), s.getAnswer() == null ? null : s.getAnswer().label(),
                s.getComment(), local(s.getAnsweredAt()));
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(BusinessCalendars.ZONE).toOffsetDateTime();
    }
}
