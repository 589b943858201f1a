package io.atende.billing.process;

import io.atende.billing.internal.BillingException;
import io.atende.billing.ConsultingTime;
import io.atende.sla.BusinessCalendars;
import io.atende.platform.ProcessVariable;
import io.atende.ticket.TicketNumber;
import io.atende.ticket.TicketProcess;
import java.util.List;
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
 * the form (R10) — {@code consultingMinutes}, or {@code consultingStartedAt} and {@code consultingStoppedAt} —
 * on the ticket behind the business key, then removes the fields from the process so the next
 * analysis starts empty and nothing is registered twice. No time entered: nothing happens.
 */
@Component("registerConsultingTime")
class RegisterConsultingTime implements TaskListener {

    private static final ProcessVariable<Object> VAR_MINUTES = TicketProcess.VAR_CONSULTING_MINUTES;
    private static final ProcessVariable<Object> VAR_STARTED_AT = TicketProcess.VAR_CONSULTING_STARTED_AT;
    private static final ProcessVariable<Object> VAR_STOPPED_AT = TicketProcess.VAR_CONSULTING_STOPPED_AT;


    private final ConsultingTime time;
    private final IdentityService identityService;

    RegisterConsultingTime(ConsultingTime time, IdentityService identityService) {
        this.time = time;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Object minutes = VAR_MINUTES.fromOrNull(task);
        Object started = VAR_STARTED_AT.fromOrNull(task);
        Object stopped = VAR_STOPPED_AT.fromOrNull(task);
        for (ProcessVariable<Object> field : List.of(VAR_MINUTES, VAR_STARTED_AT, VAR_STOPPED_AT)) {
            field.on(task).remove();
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
                : "equipe " + TicketProcess.VAR_TEAM.fromOrNull(task);
    }
}
