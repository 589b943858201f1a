package io.atende.ouvidoria.process;

import io.atende.platform.ProcessVariable;
import java.time.Instant;

/**
 * The ouvidoria model ({@code processes/ouvidoria.bpmn}): its key, element ids and typed variable
 * names. The model and this class change together.
 */
public final class OuvidoriaProcess {

    /** Its business key is the case number. */
    public static final String KEY = "ouvidoria";

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
    /** The response target (java.util.Date), read by the task's due date and the timer. */
    public static final ProcessVariable<Instant> VAR_RESPONSE_DUE_AT = ProcessVariable.instant("responseDueAt");
    /** Form field of answer-ouvidoria: the response to the customer. */
    public static final ProcessVariable<String> VAR_RESPONSE = ProcessVariable.text("response");
    /** Who completed the task (set by its complete listener). */
    public static final ProcessVariable<String> VAR_AGENT = ProcessVariable.text("agent");

    /** Task-local, read-only variables the form shows (set when the task is created). */
    public static final ProcessVariable<String> VIEW_NUMBER = ProcessVariable.text("caseNumber");
    public static final ProcessVariable<String> VIEW_COMPANY = ProcessVariable.text("caseCompany");
    public static final ProcessVariable<String> VIEW_CONTACT = ProcessVariable.text("caseContact");
    public static final ProcessVariable<String> VIEW_CHANNEL = ProcessVariable.text("caseChannel");
    public static final ProcessVariable<String> VIEW_OPENED = ProcessVariable.text("caseOpenedAt");
    public static final ProcessVariable<String> VIEW_DUE = ProcessVariable.text("caseResponseDue");
    public static final ProcessVariable<String> VIEW_DESCRIPTION = ProcessVariable.text("caseDescription");
    public static final ProcessVariable<String> VIEW_OCCURRENCE = ProcessVariable.text("caseOccurrence");
    public static final ProcessVariable<String> VIEW_TICKETS = ProcessVariable.text("caseTickets");

    static final int OVERDUE_TASK_PRIORITY = 100;

    private OuvidoriaProcess() {
    }
}
