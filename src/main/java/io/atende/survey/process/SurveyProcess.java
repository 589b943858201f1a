package io.atende.survey.process;

import io.atende.survey.SurveyDesk;

/**
 * The satisfaction-survey model ({@code processes/satisfaction-survey.bpmn}, R21): key, element ids
 * and variables. The model and this class change together.
 */
public final class SurveyProcess {

    public static final String KEY = SurveyDesk.PROCESS_KEY;
    public static final String MESSAGE_ANSWERED = SurveyDesk.MESSAGE_ANSWERED;

    /** User task (task definition key) and the form it references. */
    public static final String TASK_REVIEW = "review-bad-rating";

    public static final String GATEWAY_AWAIT_ANSWER = "Gateway_AwaitAnswer";
    public static final String EVENT_ANSWERED = "Event_Answered";
    public static final String TIMER_EXPIRED = "Timer_InvitationExpired";
    public static final String TASK_EXPIRE = "Task_ExpireInvitation";
    public static final String END_SATISFIED = "End_Satisfied";
    public static final String END_REVIEWED = "End_Reviewed";
    public static final String END_EXPIRED = "End_Expired";

    public static final String VAR_SURVEY_ID = SurveyDesk.VAR_SURVEY_ID;
    public static final String VAR_EXPIRES_AT = SurveyDesk.VAR_EXPIRES_AT;
    public static final String VAR_LEAD_GROUP = SurveyDesk.VAR_LEAD_GROUP;
    public static final String VAR_ANSWER = SurveyDesk.VAR_ANSWER;
    /** Form field of review-bad-rating. */
    public static final String VAR_REVIEW_NOTES = "reviewNotes";

    /** Task-local, read-only variables of the review form. */
    public static final String VIEW_SUBJECT = "surveySubject";
    public static final String VIEW_COMPANY = "surveyCompany";
    public static final String VIEW_CONTACT = "surveyContact";
    public static final String VIEW_TEAM = "surveyTeam";
    public static final String VIEW_ANSWER = "surveyAnswer";
    public static final String VIEW_COMMENT = "surveyComment";
    public static final String VIEW_ANSWERED_AT = "surveyAnsweredAt";
    public static final String VIEW_HISTORY = "surveyHistory";

    private SurveyProcess() {
    }

    static long surveyId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return ((Number) scope.getVariable(VAR_SURVEY_ID)).longValue();
    }
}
