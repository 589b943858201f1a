package io.atende.sla.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.atende.sla.HolidayOnCall;
import io.atende.sla.internal.InvalidOnCallException;
import io.atende.sla.internal.OnCallDuty;
import io.atende.sla.internal.OnCallEdit;
import io.atende.team.SignedInAgent;
import io.atende.team.WebappLogins;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published on-call duty on holidays (R15), for administrators ({@code /api/admin/**}: Camunda
 * users of {@code camunda-admin} or {@code cst}). One resource per calendar and day. Every change is kept in the
 * duty's history with the caller's user id and name and the optional {@code reason}; the API does not check what the
 * caller saw before (the last writer wins), the staff screen does.
 */
@RestController
@RequestMapping("/api/admin/on-call")
class HolidayOnCallController {

    private final HolidayOnCall onCall;
    private final WebappLogins logins;

    HolidayOnCallController(HolidayOnCall onCall, WebappLogins logins) {
        this.onCall = onCall;
        this.logins = logins;
    }

    /** The calendars on-call duty can be published for (those that stop on holidays). */
    @GetMapping
    List<String> calendars() {
        return onCall.holidayCalendars();
    }

    /** A calendar's published duty, by date; {@code year} narrows it. */
    @GetMapping("/{calendarId}")
    List<OnCallDuty> list(@PathVariable String calendarId, @RequestParam(required = false) Integer year) {
        return onCall.list(calendarId, year);
    }

    @GetMapping("/{calendarId}/{date}")
    ResponseEntity<OnCallDuty> get(@PathVariable String calendarId, @PathVariable String date) {
        LocalDate day = day(date);
        return onCall.find(calendarId, day).map(ResponseEntity::ok)
                .orElseThrow(() -> new OnCallNotFound(calendarId, day));
    }

    /** Publishes or replaces the duty of that calendar on that day. */
    @PutMapping("/{calendarId}/{date}")
    OnCallDuty publish(Authentication auth, @PathVariable String calendarId, @PathVariable String date,
            @RequestBody(required = false) OnCallRequest request) {
        LocalDate day = day(date);
        if (request == null) {
            throw new InvalidOnCallException("body", "Envie um JSON como {\"hours\": [\"08:00-12:00\"], \"note\":"
                    + " \"Plantão de Natal\"}.");
        }
        return onCall.publish(calendarId, day, request.hours(), request.note(), edit(auth, request.reason()));
    }

    /** Withdraws the duty of that calendar on that day; {@code reason} (optional) goes to its history. */
    @DeleteMapping("/{calendarId}/{date}")
    ResponseEntity<Void> withdraw(Authentication auth, @PathVariable String calendarId, @PathVariable String date,
            @RequestParam(required = false) String reason) {
        LocalDate day = day(date);
        if (!onCall.withdraw(calendarId, day, edit(auth, reason))) {
            throw new OnCallNotFound(calendarId, day);
        }
        return ResponseEntity.noContent().build();
    }

    private OnCallEdit edit(Authentication auth, String reason) {
        String name = logins.agent(auth.getName()).map(SignedInAgent::name).orElse(auth.getName());
        return OnCallEdit.unchecked(auth.getName(), name, reason);
    }

    private static LocalDate day(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidDate(date);
        }
    }

    /** The body of a PUT: the day's on-call intervals (Brasília time), an optional note and an optional reason. */
    record OnCallRequest(List<String> hours, String note, String reason) {
    }

    static final class OnCallNotFound extends RuntimeException {
        OnCallNotFound(String calendarId, LocalDate day) {
            super("Não há plantão publicado para o calendário \"%s\" em %s.".formatted(calendarId, day));
        }
    }

    static final class InvalidDate extends RuntimeException {
        InvalidDate(String date) {
            super("A data \"%s\" não é válida; use AAAA-MM-DD, por exemplo 2026-12-25.".formatted(date));
        }
    }
}
