package io.atende.sla.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

import io.atende.sla.BusinessCalendars;
import io.atende.sla.Location;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only due-date calculator over the business calendars; public, it holds no customer data. */
@RestController
@RequestMapping("/api/business-calendar")
class BusinessCalendarController {

    static final String START_EXAMPLE = "2026-11-13T17:00:00-03:00";

    // ISO-8601 with seconds always written and the Brasília offset, e.g. 2026-11-25T23:59:59-03:00.
    private static final DateTimeFormatter BRASILIA = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendOffset("+HH:MM", "Z")
            .toFormatter();

    private final BusinessCalendars calendars;

    BusinessCalendarController(BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    /** The due date after a number of business hours or business days (exactly one) on a calendar. */
    @GetMapping("/due-date")
    DueDate dueDate(@RequestParam String calendar,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String city,
            @RequestParam String start,
            @RequestParam(required = false) Long businessHours,
            @RequestParam(required = false) Integer businessDays) {
        if ((businessHours == null) == (businessDays == null)) {
            throw new InvalidDueDateRequest("Informe exatamente um de businessHours (horas úteis) ou businessDays"
                    + " (dias úteis), não ambos nem nenhum.");
        }
        if ((businessHours != null && businessHours < 0) || (businessDays != null && businessDays < 0)) {
            throw new InvalidDueDateRequest("businessHours e businessDays não podem ser negativos;"
                    + " informe 0 ou um número positivo.");
        }
        Instant from = parseStart(start);
        Location location = new Location(state, city);
        Instant due = businessHours != null
                ? calendars.addBusinessHours(calendar, location, from, businessHours)
                : calendars.endOfBusinessDaysAfter(calendar, location, from, businessDays);
        return new DueDate(BRASILIA.format(due.atZone(BusinessCalendars.ZONE)));
    }

    private static Instant parseStart(String start) {
        try {
            return OffsetDateTime.parse(start).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidDueDateRequest("O parâmetro start \"%s\" não é uma data e hora ISO-8601 com fuso;"
                    .formatted(start) + " use, por exemplo, start=" + START_EXAMPLE + " (ou com Z para UTC).");
        }
    }

    /** The answer: the due instant in Brasília time. */
    record DueDate(String dueAt) {
    }
}
