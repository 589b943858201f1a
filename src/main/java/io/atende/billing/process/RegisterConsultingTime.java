package io.atende.billing.process;

import io.atende.billing.internal.BillingException;
import io.atende.billing.ConsultingTime;
import io.atende.sla.BusinessCalendars;
import io.atende.ticket.TicketNumber;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code analyze-ticket}: registers the consulting time the agent entered in
 * the form (R10) — {@value #VAR_MINUTES}, or {@value #VAR_STARTED_AT} and {@value #VAR_STOPPED_AT} —
 * on the ticket behind the business key, then removes the fields from the process so the next
 * analysis starts empty and nothing is registered twice. No time entered: nothing happens.
 */
@Component("registerConsultingTime")
class RegisterConsultingTime implements TaskListener {

    static final String VAR_MINUTES = "consultingMinutes";
    static final String VAR_STARTED_AT = io.atende.ticket.TicketDesk.VAR_CONSULTING_STARTED_AT;
    static final String VAR_STOPPED_AT = "consultingStoppedAt";

    private final ConsultingTime time;
    private final IdentityService identityService;

    RegisterConsultingTime(ConsultingTime time, IdentityService identityService) {
        this.time = time;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Object minutes = task.getVariable(VAR_MINUTES);
        Object started = task.getVariable(VAR_STARTED_AT);
        Object stopped = task.getVariable(VAR_STOPPED_AT);
        for (String name : new String[] {VAR_MINUTES, VAR_STARTED_AT, VAR_STOPPED_AT}) {
            task.removeVariable(name);
        }
        if (blank(minutes) && blank(started) && blank(stopped)) {
            return;
        }
        TicketNumber number = TicketNumber.parse(task.getExecution().getProcessBusinessKey()).orElseThrow();
        try {
            time.register(number, minutes(minutes), instant(started), instant(stopped), agentOf(task));
        } catch (BillingException e) {
            throw new BadUserRequestException(e.getMessage());
        }
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static Integer minutes(Object value) {
        if (blank(value)) {
            return null;
        }
        if (value instanceof Number n) {
            if (n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new BadUserRequestException("Informe os minutos em número inteiro no campo '" + VAR_MINUTES + "'.");
            }
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n.longValue()));
        }
        try {
            return Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new BadUserRequestException("Informe os minutos em número inteiro no campo '" + VAR_MINUTES + "'.");
        }
    }

    /** A form-js date-time ("2026-11-30T10:00", with or without offset) or a Date; without offset it is Brasília time. */
    static Instant instant(Object value) {
        if (blank(value)) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        String text = value.toString().trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(BusinessCalendars.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new BadUserRequestException("Data e hora inválidas: '" + text + "'. Use o seletor do formulário "
                        + "(AAAA-MM-DDTHH:MM).");
            }
        }
    }

    private String agentOf(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = identityService.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId()
                : "equipe " + task.getVariable("team");
    }
}
