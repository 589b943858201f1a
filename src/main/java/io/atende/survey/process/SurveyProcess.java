package io.atende.survey.process;

import io.atende.platform.ProcessVariable;
import io.atende.survey.SurveyAnswer;
import java.time.Instant;

/**
 * The satisfaction-survey model ({@code processes/satisfaction-survey.bpmn}, R21): key, element ids
 * and variables. The model and this class change together.
 */
public final class SurveyProcess {

    public static final String KEY = "satisfaction-survey";
    /** Message the answer is correlated with; carries {@link #VAR_ANSWER}. */
    public static final String MESSAGE_ANSWERED = "SurveyAnswered";

    /** User task (task definition key) and the form it references. */
    public static final String TASK_REVIEW = "review-bad-rating";

    public static final String GATEWAY_AWAIT_ANSWER = "Gateway_AwaitAnswer";
    public static final String EVENT_ANSWERED = "Event_Answered";
    public static final String TIMER_EXPIRED = "Timer_InvitationExpired";
    public static final String TASK_EXPIRE = "Task_ExpireInvitation";
    public static final String END_SATISFIED = "End_Satisfied";
    public static final String END_REVIEWED = "End_Reviewed";
    public static final String END_EXPIRED = "End_Expired";

    public static final ProcessVariable<Long> VAR_SURVEY_ID = ProcessVariable.longNumber("surveyId");
    /** When the invitation expires (java.util.Date, the timer's date). */
    public static final ProcessVariable<Instant> VAR_EXPIRES_AT = ProcessVariable.instant("expiresAt");
    /** The candidate group of review-bad-rating: the leaders of the team that held the ticket. */
    public static final ProcessVariable<String> VAR_LEAD_GROUP = ProcessVariable.text("leadGroup");
    /** The customer's answer (its name: the model's gateway compares it). */
    public static final ProcessVariable<SurveyAnswer> VAR_ANSWER = ProcessVariable.enumName("answer", SurveyAnswer.class);
    /** Form field of review-bad-rating. */
    public static final ProcessVariable<String> VAR_REVIEW_NOTES = ProcessVariable.text("reviewNotes");

    /** Task-local, read-only variables of the review form. */
    public static final ProcessVariable<String> VIEW_SUBJECT = ProcessVariable.text("surveySubject");
    public static final ProcessVariable<String> VIEW_COMPANY = ProcessVariable.text("surveyCompany");
    public static final ProcessVariable<String> VIEW_CONTACT = ProcessVariable.text("surveyContact");
    public static final ProcessVariable<String> VIEW_TEAM = ProcessVariable.text("surveyTeam");
    public static final ProcessVariable<String> VIEW_ANSWER = ProcessVariable.text("surveyAnswer");
    public static final ProcessVariable<String> VIEW_COMMENT = ProcessVariable.text("surveyComment");
    public static final ProcessVariable<String> VIEW_ANSWERED_AT = ProcessVariable.text("surveyAnsweredAt");
    public static final ProcessVariable<String> VIEW_HISTORY = ProcessVariable.text("surveyHistory");

    private SurveyProcess() {
    }
}
