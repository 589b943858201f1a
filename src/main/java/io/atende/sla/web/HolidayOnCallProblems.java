package io.atende.sla.web;


import io.atende.sla.HolidayOnCall;
import io.atende.sla.internal.InvalidOnCallException;
import io.atende.sla.internal.UnknownCalendarException;
import org.springframework.beans.factory.ObjectProvider;
import io.atende.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The on-call admin API's errors as application/problem+json with a Portuguese detail that says what to do. */
@RestControllerAdvice(assignableTypes = HolidayOnCallController.class)
class HolidayOnCallProblems {

    // A provider: web slice tests of other controllers load this advice without the on-call service.
    private final ObjectProvider<HolidayOnCall> onCall;

    HolidayOnCallProblems(ObjectProvider<HolidayOnCall> onCall) {
        this.onCall = onCall;
    }

    @ExceptionHandler
    ProblemDetail unknownCalendar(UnknownCalendarException e) {
        return problem(HttpStatus.NOT_FOUND, "Calendário desconhecido", "O calendário \"%s\" não existe; plantões"
                .formatted(e.calendarId()) + " se publicam para: " + String.join(", ", onCall.getObject().holidayCalendars()) + ".",
                "unknown-calendar");
    }

    @ExceptionHandler
    ProblemDetail notFound(HolidayOnCallController.OnCallNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Plantão não encontrado", e.getMessage(), "on-call-not-found");
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidOnCallException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Plantão inválido", e.getMessage(), "invalid-on-call");
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidDate(HolidayOnCallController.InvalidDate e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Data inválida", e.getMessage(), "invalid-on-call");
        problem.setProperty("field", "date");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "JSON inválido", "O corpo não é um JSON válido; envie, por exemplo,"
                + " {\"hours\": [\"08:00-12:00\", \"13:00-17:00\"], \"note\": \"Plantão de Natal\"}.", "invalid-on-call");
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Parâmetro inválido", "O parâmetro %s=\"%s\" deve ser um ano, por exemplo 2026."
                .formatted(e.getName(), e.getValue()), "invalid-on-call");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        return Problems.of(status, title, detail, type);
    }
}
