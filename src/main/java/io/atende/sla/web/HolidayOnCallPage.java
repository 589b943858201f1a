package io.atende.sla.web;

import io.atende.sla.BusinessCalendars;
import io.atende.sla.HolidayOnCall;
import io.atende.sla.internal.InvalidOnCallException;
import io.atende.sla.internal.OnCallChange;
import io.atende.sla.internal.OnCallDuty;
import io.atende.sla.internal.OnCallEdit;
import io.atende.sla.internal.OnCallHoliday;
import io.atende.sla.internal.UnknownCalendarException;
import io.atende.team.SignedInAgent;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The holiday on-call duty for staff (R15), without the API: CST and process administrators see, per calendar that
 * stops on holidays, the year's national holidays and the days with duty published, publish, replace and withdraw a
 * day's duty with a reason, and read the history of every change (the API's too). A change made by someone else
 * since the form was shown is refused (409), not overwritten.
 */
@Controller
class HolidayOnCallPage {

    static final String PATH = "/equipe/plantao";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy (EEE)", PT_BR);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", PT_BR);

    private final HolidayOnCall onCall;
    private final Clock clock;

    HolidayOnCallPage(HolidayOnCall onCall, Clock clock) {
        this.onCall = onCall;
        this.clock = clock;
    }

    /** One row of a calendar's year: the day, its holiday (or why it is listed), its duty or none. */
    record Row(String calendarId, String date, String day, String holiday, String hours, String note) {
    }

    record CalendarYear(String id, List<Row> rows) {
    }

    /** The form for one calendar's day: what is published, or what the editor typed when it was refused. */
    record Edit(String calendarId, String date, String day, String holiday, boolean published, long version,
            String hours, String note, String reason) {
    }

    record ChangeRow(String when, String who, String calendarId, String day, String action, String before,
            String after, String reason) {
    }

    @GetMapping(PATH)
    String page(@RequestParam(name = "ano", required = false) String year,
            @RequestParam(name = "calendario", required = false) String calendarId,
            @RequestParam(name = "data", required = false) String date,
            @RequestParam(name = "alterado", required = false) String changed,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        int shown = thisYear();
        if (year != null && !year.isBlank()) {
            Optional<Integer> asked = year(year);
            if (asked.isEmpty()) {
                return refuse(response, model, HttpStatus.BAD_REQUEST, "O ano \"%s\" não é válido; escolha um ano"
                        .formatted(year.strip()) + " entre %d e %d.".formatted(FIRST_YEAR, LAST_YEAR), shown, null);
            }
            shown = asked.get();
        }
        if (changed != null) {
            model.addAttribute("sucesso", "Alteração registrada no histórico do plantão.");
        }
        Edit edit = null;
        if (calendarId != null && !calendarId.isBlank() || date != null && !date.isBlank()) {
            if (!onCall.holidayCalendars().contains(calendarId)) {
                return refuse(response, model, HttpStatus.NOT_FOUND, unknownCalendar(calendarId), shown, null);
            }
            Optional<LocalDate> day = day(date);
            if (day.isEmpty()) {
                return refuse(response, model, HttpStatus.BAD_REQUEST, invalidDate(date), shown, null);
            }
            edit = edit(calendarId, day.get());
            shown = day.get().getYear();
        }
        return render(model, shown, edit);
    }

    @PostMapping(PATH + "/{calendarId}/{date}")
    String change(@PathVariable String calendarId, @PathVariable String date,
            @RequestParam(name = "acao", required = false) String action,
            @RequestParam(name = "horas", required = false) String hours,
            @RequestParam(name = "observacao", required = false) String note,
            @RequestParam(name = "motivo", required = false) String reason,
            @RequestParam(name = "versao", required = false) String version, 
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        if (!onCall.holidayCalendars().contains(calendarId)) {
            return refuse(response, model, HttpStatus.NOT_FOUND, unknownCalendar(calendarId), thisYear(), null);
        }
        Optional<LocalDate> parsed = day(date);
        if (parsed.isEmpty()) {
            return refuse(response, model, HttpStatus.BAD_REQUEST, invalidDate(date), thisYear(), null);
        }
        LocalDate day = parsed.get();
        boolean withdraw = "remover".equals(action);
        try {
            OnCallEdit edit = new OnCallEdit(agent.userId(), agent.name(), reason, seen(version));
            if (edit.reason() == null) {
                throw new InvalidOnCallException("motivo", "Diga o motivo da alteração: ele fica no histórico do"
                        + " plantão.");
            }
            if (withdraw) {
                if (!onCall.withdraw(calendarId, day, edit)) {
                    throw new InvalidOnCallException("acao", "Não há plantão publicado neste dia para remover.");
                }
            } else {
                onCall.publish(calendarId, day, intervals(hours), note, edit);
            }
            return "redirect:" + PATH + "?ano=" + day.getYear() + "&alterado";
        } catch (InvalidOnCallException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("erro", e.getMessage());
        } catch (UnknownCalendarException e) {
            return refuse(response, model, HttpStatus.NOT_FOUND, unknownCalendar(calendarId), day.getYear(), null);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("erro", "Outra pessoa alterou o plantão deste dia ao mesmo tempo. Confira o plantão"
                    + " abaixo e, se ainda for preciso, envie de novo.");
            return render(model, day.getYear(), typed(edit(calendarId, day), null, null, reason));
        }
        Edit typed = withdraw ? typed(edit(calendarId, day), null, null, reason)
                : typed(edit(calendarId, day), hours, note, reason);
        return render(model, day.getYear(), typed);
    }

    private String render(Model model, int year, Edit edit) {
        List<CalendarYear> calendars = onCall.holidayCalendars().stream()
                .map(id -> new CalendarYear(id, onCall.year(id, year).stream().map(h -> row(id, h)).toList()))
                .toList();
        TreeSet<Integer> years = new TreeSet<>(List.of(thisYear() - 1, thisYear(), thisYear() + 1, thisYear() + 2));
        years.add(year);
        model.addAttribute("ano", year);
        model.addAttribute("anos", years);
        model.addAttribute("calendarios", calendars);
        model.addAttribute("edicao", edit);
        model.addAttribute("historico", onCall.recentChanges().stream().map(HolidayOnCallPage::changeRow).toList());
        return "equipe/plantao";
    }

    private String refuse(HttpServletResponse response, Model model, HttpStatus status, String message, int year,
            Edit edit) {
        response.setStatus(status.value());
        model.addAttribute("erro", message);
        return render(model, year, edit);
    }

    private Edit edit(String calendarId, LocalDate day) {
        Optional<OnCallDuty> duty = onCall.find(calendarId, day);
        return new Edit(calendarId, day.toString(), DAY.format(day), holiday(onCall.nationalHoliday(day).orElse(null)),
                duty.isPresent(), duty.map(OnCallDuty::version).orElse(OnCallEdit.NOTHING_PUBLISHED),
                duty.map(d -> String.join(", ", d.hours())).orElse(""), duty.map(OnCallDuty::note).orElse(""), "");
    }

    /** The form as it is now, with what the editor typed kept (null: keep what is published). */
    private static Edit typed(Edit now, String hours, String note, String reason) {
        return new Edit(now.calendarId(), now.date(), now.day(), now.holiday(), now.published(), now.version(),
                hours == null ? now.hours() : hours, note == null ? now.note() : note, reason == null ? "" : reason);
    }

    private static Row row(String calendarId, OnCallHoliday day) {
        OnCallDuty duty = day.duty();
        return new Row(calendarId, day.day().toString(), DAY.format(day.day()), holiday(day.holiday()),
                duty == null ? null : String.join(", ", duty.hours()), duty == null ? null : duty.note());
    }

    private static String holiday(String name) {
        return name == null ? "Sem feriado nacional (vale onde for feriado estadual ou municipal)" : name;
    }

    private static ChangeRow changeRow(OnCallChange c) {
        return new ChangeRow(WHEN.format(c.at().atZone(BusinessCalendars.ZONE)), c.name() + " (" + c.userId() + ")",
                c.calendarId(), DAY.format(c.day()), c.action().label(), hoursText(c.hoursBefore(), c.noteBefore()),
                hoursText(c.hoursAfter(), c.noteAfter()), c.reason() == null ? "—" : c.reason());
    }

    private static String hoursText(List<String> hours, String note) {
        if (hours.isEmpty()) {
            return "sem plantão";
        }
        return String.join(", ", hours) + (note == null ? "" : " — " + note);
    }

    /** "08:00-12:00, 13:00-17:00" (commas, semicolons or lines) as the service's list. */
    private static List<String> intervals(String hours) {
        List<String> intervals = hours == null ? List.of()
                : Arrays.stream(hours.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (intervals.isEmpty()) {
            throw new InvalidOnCallException("horas", "Informe o horário do plantão, por exemplo 08:00-12:00, 13:00-17:00"
                    + " (horário de Brasília).");
        }
        return intervals;
    }

    private static Long seen(String version) {
        if (version == null || version.isBlank()) {
            return OnCallEdit.NOTHING_PUBLISHED;
        }
        try {
            return Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            throw new InvalidOnCallException("versao", "O formulário está incompleto; abra a página de novo e envie outra vez.");
        }
    }

    private String unknownCalendar(String calendarId) {
        return "O calendário \"%s\" não está entre os que param nos feriados; plantões se publicam para: "
                .formatted(calendarId == null ? "" : calendarId) + String.join(", ", onCall.holidayCalendars()) + ".";
    }

    private static String invalidDate(String date) {
        return "A data \"%s\" não é válida; use AAAA-MM-DD, por exemplo 2026-12-25.".formatted(date == null ? "" : date);
    }

    private static Optional<LocalDate> day(String date) {
        try {
            LocalDate day = LocalDate.parse(date == null ? "" : date.strip());
            return day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR ? Optional.empty() : Optional.of(day);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> year(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            return year < FIRST_YEAR || year > LAST_YEAR ? Optional.empty() : Optional.of(year);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private int thisYear() {
        return LocalDate.now(clock.withZone(BusinessCalendars.ZONE)).getYear();
    }

}
