package io.atende.ticket.internal;

import io.atende.account.CustomerDirectory;
import io.atende.sla.BusinessCalendars;
import io.atende.sla.DeadlineTerms;
import io.atende.sla.InvalidDeadlineTableException;
import io.atende.sla.Location;
import io.atende.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The ticket's deadlines on the business calendars of its team and its company's location (R18, R20). */
@Component
public class SlaClock {

    static final String MAINTENANCE_TEAM = "manutencao";
    /** R14: a non-stop Prime contract's support runs round the clock while the Prime team holds the ticket. */
    static final String PRIME_TEAM = "prime";
    static final String NON_STOP_CALENDAR = "prime-24x7";
    /** R11: SAC Fly01 works the hours of the customer's segment. */
    static final String FLY01_TEAM = "sac-fly01";

    private static final Logger log = LoggerFactory.getLogger(SlaClock.class);

    private final BusinessCalendars calendars;
    private final CustomerDirectory customers;
    private final DeadlineTerms deadlines;

    SlaClock(BusinessCalendars calendars, CustomerDirectory customers, DeadlineTerms deadlines) {
        this.calendars = calendars;
        this.customers = customers;
        this.deadlines = deadlines;
    }

    /** R20 support target: {@code hours} business hours of {@code team}'s calendar after {@code from}. */
    public Instant supportDueAt(Ticket ticket, String team, long hours, Instant from) {
        return calendars.addBusinessHours(calendarFor(ticket, team), locationOf(ticket), from, hours);
    }

    /**
     * When the team is warned before the support target of {@code hours} business hours started at {@code from}
     * ends: the row SLA_WARNING of the process owner's table {@code deadlines} (80 % of the target, or business time
     * before it), on the same calendar as the target, and always while that calendar is open — an instant at a
     * closing time moves to the next opening. The target {@code due} itself when no warning comes before it: the
     * live table has no usable row (an owner's version from before the row existed; logged), or the warning would
     * fall on or after the target — the breach tells the team then.
     */
    public Instant supportWarningAt(Ticket ticket, String team, long hours, Instant from, Instant due) {
        DeadlineTerms.Warning warning;
        try {
            warning = deadlines.slaWarning();
        } catch (InvalidDeadlineTableException e) {
            log.warn("No SLA warning for ticket {}: {}", ticket.number(), e.getMessage());
            return due;
        }
        String calendar = calendarFor(ticket, team);
        Instant at = calendars.addBusinessTime(calendar, locationOf(ticket), from,
                warning.elapsedOf(Duration.ofHours(hours)));
        return beforeDue(calendars.nextOpening(calendar, locationOf(ticket), at), due);
    }

    /** {@code warnAt} moved to the next opening of the calendar {@code team} works on, for a transferred ticket. */
    public Instant warningFor(Ticket ticket, String team, Instant warnAt, Instant due) {
        return beforeDue(calendars.nextOpening(calendarFor(ticket, team), locationOf(ticket), warnAt), due);
    }

    private static Instant beforeDue(Instant warnAt, Instant due) {
        return warnAt.isBefore(due) ? warnAt : due;
    }

    /**
     * The calendar the support target of {@code ticket} runs on while {@code team} holds it: the team's
     * calendar, except {@code prime-24x7} for the Prime team under a non-stop contract (R14) and the
     * segment's calendar for SAC Fly01 (R11).
     */
    public String calendarFor(Ticket ticket, String team) {
        if (PRIME_TEAM.equals(team) && customers.contractTerms(ticket.getCompanyId()).nonStop()) {
            return NON_STOP_CALENDAR;
        }
        if (FLY01_TEAM.equals(team)) {
            String segmentCalendar = customers.segment(ticket.getCompanyId()).map(s -> s.calendarId()).orElse(null);
            if (segmentCalendar != null && calendars.ids().contains(segmentCalendar)) {
                return segmentCalendar;
            }
        }
        return calendars.calendarForTeam(team);
    }

    /** R20 maintenance target: end of the {@code days}-th business day of Manutenção after {@code from}. */
    public Instant maintenanceDueAt(Ticket ticket, int days, Instant from) {
        return calendars.endOfBusinessDaysAfter(calendars.calendarForTeam(MAINTENANCE_TEAM), locationOf(ticket), from,
                days);
    }

    /**
     * R18: 23:59:59 Brasília of the N-th business day after the day of resolution, N and the calendar from the row
     * CONTEST_WINDOW of the process owner's table {@code deadlines} (7 plain business days, "dias-uteis").
     */
    public Instant contestDeadline(Ticket ticket, Instant resolvedAt) {
        DeadlineTerms.Term term = deadlines.businessDays(DeadlineTerms.Deadline.CONTEST_WINDOW);
        return calendars.endOfBusinessDaysAfter(term.calendar(), locationOf(ticket), resolvedAt, term.businessDays());
    }

    private Location locationOf(Ticket ticket) {
        return customers.location(ticket.getCompanyId());
    }
}
