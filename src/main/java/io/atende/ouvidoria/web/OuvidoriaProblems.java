package io.atende.ouvidoria.web;

import io.atende.ouvidoria.InvalidOuvidoriaRequestException;
import io.atende.ouvidoria.OuvidoriaNotFoundException;
import io.atende.ouvidoria.OuvidoriaStateException;
import io.atende.ticket.TicketNotFoundException;
import io.atende.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The Ouvidoria API's refusals as application/problem+json, in Portuguese, saying what to do. */
@RestControllerAdvice(assignableTypes = {OuvidoriaController.class, OuvidoriaStaffController.class})
class OuvidoriaProblems {

    @ExceptionHandler
    ProblemDetail invalid(InvalidOuvidoriaRequestException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Manifestação recusada", e.getMessage(), "invalid-request");
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownTicket(TicketNotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Ticket citado não encontrado", e.getMessage()
                + " A Ouvidoria só aceita tickets anteriores da sua empresa.", "ticket-not-found");
        problem.setProperty("field", "ticketNumbers");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(OuvidoriaNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Manifestação não encontrada", e.getMessage(), "ouvidoria-not-found");
    }

    @ExceptionHandler
    ProblemDetail conflict(OuvidoriaStateException e) {
        return problem(HttpStatus.CONFLICT, "Ação não permitida na situação atual", e.getMessage(), "ouvidoria-state");
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "JSON inválido", "O corpo da requisição não é um JSON válido. Envie "
                + "{\"ticketNumbers\": [\"10000001\"], \"description\": \"...\"}.", "invalid-request");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        return Problems.of(status, title, detail, type);
    }
}
