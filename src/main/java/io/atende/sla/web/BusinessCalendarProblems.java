package io.atende.sla.web;

import java.util.TreeSet;

import io.atende.sla.BusinessCalendars;
import io.atende.sla.internal.UnknownCalendarException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the due-date endpoint's errors into {@code application/problem+json} with a Portuguese
 * detail that says what to do. Limited to {@link BusinessCalendarController} so that other
 * modules keep their own error handling.
 */
@RestControllerAdvice(assignableTypes = BusinessCalendarController.class)
class BusinessCalendarProblems {

    private final BusinessCalendars calendars;

    BusinessCalendarProblems(BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    @ExceptionHandler
    ProblemDetail unknownCalendar(UnknownCalendarException e) {
        return badRequest("Calendário desconhecido", "O calendário \"%s\" não existe; use um destes: %s."
                .formatted(e.calendarId(), String.join(", ", new TreeSet<>(calendars.ids()))));
    }

    @ExceptionHandler
    ProblemDetail invalidRequest(InvalidDueDateRequest e) {
        return badRequest("Pedido de prazo inválido", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return badRequest("Parâmetro obrigatório ausente", "Informe o parâmetro %s; exemplo: "
                .formatted(e.getParameterName()) + "?calendar=suporte&state=SP&city=São Paulo&start="
                + BusinessCalendarController.START_EXAMPLE + "&businessHours=10");
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest("Parâmetro inválido", "O parâmetro %s=\"%s\" deve ser um número inteiro não negativo."
                .formatted(e.getName(), e.getValue()));
    }

    // The calendars refuse counts beyond their upper bound (decades of business time).
    @ExceptionHandler
    ProblemDetail outOfRange(IllegalArgumentException e) {
        return badRequest("Quantidade fora do limite", "Quantidade de horas ou dias úteis fora do limite aceito"
                + " (%s); informe um valor menor.".formatted(e.getMessage()));
    }

    private static ProblemDetail badRequest(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        return problem;
    }
}
