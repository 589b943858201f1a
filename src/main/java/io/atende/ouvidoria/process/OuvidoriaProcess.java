package io.atende.ouvidoria.process;

import io.atende.ouvidoria.OuvidoriaDesk;

/**
 * The ouvidoria model ({@code processes/ouvidoria.bpmn}): its key, element ids and typed variable
 * names. The model and this class change together.
 */
public final class OuvidoriaProcess {

    public static final String KEY = OuvidoriaDesk.PROCESS_KEY;

    /** User task (task definition key) and the form it references. */
    public static final String TASK_ANSWER = "answer-ouvidoria";

    /** Other elements. */
    public static final String START = "StartEvent_CaseOpened";
    public static final String TIMER_RESPONSE_OVERDUE = "Timer_ResponseOverdue";
    public static final String TASK_RECORD_OVERDUE = "Task_RecordResponseOverdue";
    public static final String TASK_SEND_RESPONSE = "Task_SendResponse";
    public static final String TASK_CLOSE_CASE = "Task_CloseCase";
    public static final String END_CLOSED = "End_CaseClosed";

    /** Process variables. */
    public static final String VAR_RESPONSE_DUE_AT = OuvidoriaDesk.VAR_RESPONSE_DUE_AT;
    /** Form field of answer-ouvidoria: the response to the customer. */
    public static final String VAR_RESPONSE = "response";
    /** Who completed the task (set by its complete listener). */
    public static final String VAR_AGENT = "agent";

    /** Task-local, read-only variables the form shows (set when the task is created). */
    public static final String VIEW_NUMBER = "caseNumber";
    public static final String VIEW_COMPANY = "caseCompany";
    public static final String VIEW_CONTACT = "caseContact";
    public static final String VIEW_CHANNEL = "caseChannel";
    public static final String VIEW_OPENED = "caseOpenedAt";
    public static final String VIEW_DUE = "caseResponseDue";
    public static final String VIEW_DESCRIPTION = "caseDescription";
    public static final String VIEW_OCCURRENCE = "caseOccurrence";
    public static final String VIEW_TICKETS = "caseTickets";

    static final int OVERDUE_TASK_PRIORITY = 100;

    private OuvidoriaProcess() {
    }
}
