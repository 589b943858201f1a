package io.atende.ticket.process;

/**
 * The ticket-lifecycle model ({@code processes/ticket-lifecycle.bpmn}): its key, element ids,
 * messages and typed variable names. The model and this class change together.
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

    /** Messages, correlated by business key (the ticket number). */
    public static final String MESSAGE_CUSTOMER_REPLIED = "CustomerReplied";
    public static final String MESSAGE_CONTESTED = "TicketContested";
    public static final String MESSAGE_ACCEPTED = "TicketAccepted";

    /** Process variables: inputs of the decisions (strings, enum names). */
    public static final String VAR_TYPE = "type";
    public static final String VAR_PRODUCT = "product";
    public static final String VAR_OFFER = "offer";
    public static final String VAR_IMPACT = "impact";
    public static final String VAR_URGENCY = "urgency";
    /** The customization team the company's contract names (R22), or null: an input of {@code ticket-routing}. */
    public static final String VAR_CONTRACT_TEAM = "contractTeam";

    /** Process variables: outputs of the decisions. */
    public static final String VAR_PRIORITY = "priority";
    public static final String VAR_TEAM = "team";
    public static final String VAR_SUPPORT_HOURS = "supportHours";
    public static final String VAR_MAINTENANCE_DAYS = "maintenanceDays";
    /** Where the two targets came from: {@code sla-targets} (the table) or {@code contrato-prime} (R14). */
    public static final String VAR_SLA_TARGETS_SOURCE = "slaTargetsSource";
    /** The business calendar the support target runs on (e.g. {@code prime-24x7} for a non-stop contract). */
    public static final String VAR_SLA_CALENDAR = "slaCalendar";

    /** Process variables: due instants (java.util.Date) the timers and task due dates read. */
    public static final String VAR_SLA_DUE_AT = "slaDueAt";
    /** When the team is warned before {@code slaDueAt} (table deadlines, row SLA_WARNING; inside business hours). */
    public static final String VAR_SLA_WARNING_AT = "slaWarningAt";
    /** When the running support target started (opening, restart): a reclassification recomputes from here. */
    public static final String VAR_SLA_STARTED_AT = "slaStartedAt";
    public static final String VAR_MAINTENANCE_DUE_AT = "maintenanceDueAt";
    public static final String VAR_CONTEST_DEADLINE = "contestDeadline";

    /** Form fields of analyze-ticket / fix-non-conformity (process variables when completed). */
    public static final String VAR_OUTCOME = "outcome";
    public static final String VAR_SOLUTION = "solution";
    public static final String VAR_QUESTION = "question";
    public static final String VAR_NON_CONFORMITY = "nonConformity";
    public static final String VAR_TRANSFER_TO = "transferTo";
    public static final String VAR_TRANSFER_REASON = "transferReason";
    /** Form field of await-customer: why the team resumes the analysis without the customer's reply. */
    public static final String VAR_RESUME_REASON = "resumeReason";
    /** Who completed the last user task (set by its complete listener). */
    public static final String VAR_AGENT = "agent";

    /** Outcomes of analyze-ticket. */
    public static final String OUTCOME_PROPOSE_SOLUTION = "PROPOSE_SOLUTION";
    public static final String OUTCOME_REQUEST_INFORMATION = "REQUEST_INFORMATION";
    public static final String OUTCOME_FORWARD_TO_MAINTENANCE = "FORWARD_TO_MAINTENANCE";
    public static final String OUTCOME_TRANSFER = "TRANSFER";

    /** Task-local, read-only variables the forms show (set when a task is created). */
    public static final String VIEW_NUMBER = "ticketNumber";
    public static final String VIEW_COMPANY = "ticketCompany";
    public static final String VIEW_CONTACT = "ticketContact";
    public static final String VIEW_PRIORITY = "ticketPriority";
    public static final String VIEW_SLA_DUE = "ticketSlaDue";
    public static final String VIEW_PRODUCT = "ticketProduct";
    public static final String VIEW_SUBJECT = "ticketSubject";
    public static final String VIEW_DESCRIPTION = "ticketDescription";
    public static final String VIEW_HISTORY = "ticketHistory";
    /** Task-local: whether the ticket is Consultoria Telefônica, whose time the agent registers for billing (R10). */
    public static final String VIEW_BILLABLE = "ticketBillable";

    private TicketProcess() {
    }
}
