package io.atende.survey.web;

import io.atende.ouvidoria.OuvidoriaNotFoundException;
import io.atende.survey.InvalidSurveyAnswerException;
import io.atende.survey.SurveyNotFoundException;
import io.atende.survey.SurveyStateException;
import io.atende.ticket.TicketNotFoundException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import io.atende.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The survey API's refusals as application/problem+json in Portuguese. */
@RestControllerAdvice(assignableTypes = SurveyController.class)
class SurveyProblems {

    @ExceptionHandler
    ProblemDetail invalid(InvalidSurveyAnswerException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Resposta inválida", e.getMessage(), "invalid-request");
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail ticketNotFound(TicketNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Ticket não encontrado", e.getMessage(), "ticket-not-found");
    }

    @ExceptionHandler
    ProblemDetail caseNotFound(OuvidoriaNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Manifestação não encontrada", e.getMessage(), "ouvidoria-not-found");
    }

    @ExceptionHandler
    ProblemDetail notInvited(SurveyNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Pesquisa não encontrada", e.getMessage(), "survey-not-found");
    }

    @ExceptionHandler
    ProblemDetail conflict(SurveyStateException e) {
        return problem(HttpStatus.CONFLICT, "Pesquisa não pode ser respondida", e.getMessage(), "survey-state");
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class,
            org.springframework.dao.PessimisticLockingFailureException.class})
    ProblemDetail concurrent(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "A pesquisa mudou ao mesmo tempo",
                "A pesquisa foi respondida ou expirou neste mesmo instante. Consulte-a e tente novamente.", "survey-state");
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "JSON inválido", "Envie {\"answer\": \"BOM\" ou \"RUIM\", "
                + "\"comment\": \"...\"}.", "invalid-request");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        return Problems.of(status, title, detail, type);
    }
}
