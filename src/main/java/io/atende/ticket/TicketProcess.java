package io.atende.ticket;

import io.atende.account.Offer;
import io.atende.platform.ProcessVariable;
import java.time.Instant;
import java.util.Map;

/**
 * The ticket-lifecycle model ({@code processes/ticket-lifecycle.bpmn}): its key, element ids, messages, the
 * delegates it names and its typed variables. The model and this class change together; the names here are the
 * ones the model, its forms ({@code forms/}) and its tables use. {@code models.LifecycleContract} refuses a copy of
 * the model that drops what it lists from here.
 */
public final class TicketProcess {

    public static final String KEY = "ticket-lifecycle";

    /** Decision tables (processes/*.dmn). */
    public static final String DECISION_PRIORITY = "ticket-priority";
    public static final String DECISION_ROUTING = "ticket-routing";
    public static final String DECISION_SLA_TARGETS = "sla-targets";

    /** User tasks (task definition keys) and the form ids they reference. */
    public static final String TASK_ANALYZE = "analyze-ticket";
    public static final String TASK_FIX_NON_CONFORMITY = "fix-non-conformity";
    /** The team waits for the customer's reply (no SLA due date); its boundary message is the reply. */
    public static final String TASK_AWAIT_CUSTOMER = "await-customer";

    /** Other elements. */
    public static final String TIMER_SLA = "Timer_SlaBreached";
    public static final String TIMER_SLA_WARNING = "Timer_SlaWarning";
    public static final String TIMER_MAINTENANCE_SLA = "Timer_MaintenanceSlaBreached";
    public static final String TIMER_CONTEST_WINDOW = "Timer_ContestWindowEnded";
    public static final String EVENT_AWAIT_REPLY = "Event_CustomerReplied";
    public static final String GATEWAY_AWAIT_VERDICT = "Gateway_AwaitVerdict";
    public static final String END_CLOSED_ACCEPTED = "End_ClosedAccepted";
    public static final String END_CLOSED_WINDOW = "End_ClosedWindowEnded";

    /** Delegates (Spring beans) the model names and the application needs there. */
    public static final String DELEGATE_CLASSIFY = "${classifyTicket}";
    public static final String DELEGATE_PROPOSE_SOLUTION = "${proposeSolution}";
    public static final String DELEGATE_CLOSE = "${closeTicket}";

    /** Messages, correlated by business key (the ticket number). */
    public static final String MESSAGE_CUSTOMER_REPLIED = "CustomerReplied";
    public static final String MESSAGE_CONTESTED = "TicketContested";
    public static final String MESSAGE_ACCEPTED = "TicketAccepted";

    /** Process variables: inputs of the decisions (strings, enum names). */
    public static final ProcessVariable<TicketType> VAR_TYPE = ProcessVariable.enumName("type", TicketType.class);
    public static final ProcessVariable<Product> VAR_PRODUCT = ProcessVariable.enumName("product", Product.class);
    public static final ProcessVariable<Offer> VAR_OFFER = ProcessVariable.enumName("offer", Offer.class);
    public static final ProcessVariable<Impact> VAR_IMPACT = ProcessVariable.enumName("impact", Impact.class);
    public static final ProcessVariable<Urgency> VAR_URGENCY = ProcessVariable.enumName("urgency", Urgency.class);
    /** The customization team the company's contract names (R22), or null: an input of {@code ticket-routing}. */
    public static final ProcessVariable<String> VAR_CONTRACT_TEAM = ProcessVariable.text("contractTeam");

    /** Process variables: outputs of the decisions. */
    public static final ProcessVariable<Priority> VAR_PRIORITY = ProcessVariable.enumName("priority", Priority.class);
    public static final ProcessVariable<String> VAR_TEAM = ProcessVariable.text("team");
    public static final ProcessVariable<Integer> VAR_SUPPORT_HOURS = ProcessVariable.integer("supportHours");
    public static final ProcessVariable<Integer> VAR_MAINTENANCE_DAYS = ProcessVariable.integer("maintenanceDays");
    /** Where the two targets came from: {@code sla-targets} (the table) or {@code contrato-prime} (R14). */
    public static final ProcessVariable<String> VAR_SLA_TARGETS_SOURCE = ProcessVariable.text("slaTargetsSource");
    /** The business calendar the support target runs on (e.g. {@code prime-24x7} for a non-stop contract). */
    public static final ProcessVariable<String> VAR_SLA_CALENDAR = ProcessVariable.text("slaCalendar");

    /** Process variables: due instants (java.util.Date) the timers and task due dates read. */
    public static final ProcessVariable<Instant> VAR_SLA_DUE_AT = ProcessVariable.instant("slaDueAt");
    /** When the team is warned before {@code slaDueAt} (table deadlines, row SLA_WARNING; inside business hours). */
    public static final ProcessVariable<Instant> VAR_SLA_WARNING_AT = ProcessVariable.instant("slaWarningAt");
    /** When the running support target started (opening, restart): a reclassification recomputes from here. */
    public static final ProcessVariable<Instant> VAR_SLA_STARTED_AT = ProcessVariable.instant("slaStartedAt");
    public static final ProcessVariable<Instant> VAR_MAINTENANCE_DUE_AT = ProcessVariable.instant("maintenanceDueAt");
    public static final ProcessVariable<Instant> VAR_CONTEST_DEADLINE = ProcessVariable.instant("contestDeadline");

    /** The {@code sla-targets} row (output name → value), the business rule task's result; read once, then removed. */
    public static final ProcessVariable<Map<String, Object>> VAR_SLA_TARGETS = ProcessVariable.row("slaTargets");
    /** Input of {@code recordSlaBreach} on each breach timer's path: which target was missed. */
    public static final ProcessVariable<SlaBreach.Target> VAR_BREACHED_TARGET = ProcessVariable.enumName("slaTarget",
            SlaBreach.Target.class);

    /** The expression of a timer that fires at the instant {@code variable} holds. */
    public static String timerAt(ProcessVariable<Instant> variable) {
        return "${" + variable.name() + "}";
    }

    /** Form fields of analyze-ticket / fix-non-conformity (process variables when completed). */
    public static final ProcessVariable<AnalysisOutcome> VAR_OUTCOME = ProcessVariable.enumName("outcome", AnalysisOutcome.class);
    public static final ProcessVariable<String> VAR_SOLUTION = ProcessVariable.text("solution");
    public static final ProcessVariable<String> VAR_QUESTION = ProcessVariable.text("question");
    public static final ProcessVariable<String> VAR_NON_CONFORMITY = ProcessVariable.text("nonConformity");
    public static final ProcessVariable<String> VAR_TRANSFER_TO = ProcessVariable.text("transferTo");
    public static final ProcessVariable<String> VAR_TRANSFER_REASON = ProcessVariable.text("transferReason");
    /**
     * Form fields of analyze-ticket for Consultoria Telefônica (R10): minutes, or start and end (form-js date-times,
     * Brasília time without offset); typed freely, so read as given and checked by {@code registerConsultingTime}.
     * A ticket opened by phone starts with {@code consultingStartedAt} = the call's start.
     */
    public static final ProcessVariable<Object> VAR_CONSULTING_MINUTES = ProcessVariable.untyped("consultingMinutes");
    public static final ProcessVariable<Object> VAR_CONSULTING_STARTED_AT = ProcessVariable.untyped("consultingStartedAt");
    public static final ProcessVariable<Object> VAR_CONSULTING_STOPPED_AT = ProcessVariable.untyped("consultingStoppedAt");
    /** Form field of await-customer: why the team resumes the analysis without the customer's reply. */
    public static final ProcessVariable<String> VAR_RESUME_REASON = ProcessVariable.text("resumeReason");
    /** Who completed the last user task (set by its complete listener). */
    public static final ProcessVariable<String> VAR_AGENT = ProcessVariable.text("agent");


    /** Task-local, read-only variables the forms show (set when a task is created). */
    public static final ProcessVariable<String> VIEW_NUMBER = ProcessVariable.text("ticketNumber");
    public static final ProcessVariable<String> VIEW_COMPANY = ProcessVariable.text("ticketCompany");
    public static final ProcessVariable<String> VIEW_CONTACT = ProcessVariable.text("ticketContact");
    public static final ProcessVariable<String> VIEW_PRIORITY = ProcessVariable.text("ticketPriority");
    public static final ProcessVariable<String> VIEW_SLA_DUE = ProcessVariable.text("ticketSlaDue");
    public static final ProcessVariable<String> VIEW_PRODUCT = ProcessVariable.text("ticketProduct");
    public static final ProcessVariable<String> VIEW_SUBJECT = ProcessVariable.text("ticketSubject");
    public static final ProcessVariable<String> VIEW_DESCRIPTION = ProcessVariable.text("ticketDescription");
    public static final ProcessVariable<String> VIEW_HISTORY = ProcessVariable.text("ticketHistory");
    /** Task-local: whether the ticket is Consultoria Telefônica, whose time the agent registers for billing (R10). */
    public static final ProcessVariable<Boolean> VIEW_BILLABLE = ProcessVariable.bool("ticketBillable");

    private TicketProcess() {
    }
}
