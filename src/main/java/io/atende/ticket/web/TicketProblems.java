package io.atende.ticket.web;

import io.atende.ticket.AttachmentRefusedException;
import io.atende.ticket.internal.ChannelNotAllowedException;
import io.atende.ticket.CompanyBlockedException;
import io.atende.ticket.InvalidTicketException;
import io.atende.ticket.TicketNotFoundException;
import io.atende.ticket.TicketStateException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import io.atende.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The ticket API's errors as application/problem+json, with a Portuguese detail that says what to do. */
@RestControllerAdvice(assignableTypes = TicketController.class)
class TicketProblems {

    @ExceptionHandler
    ProblemDetail invalid(InvalidTicketException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Dados do ticket inválidos", e.getMessage(), "invalid-request");
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail refusedFile(AttachmentRefusedException e) {
        return problem(HttpStatus.BAD_REQUEST, "Anexo recusado", e.getMessage(), "attachment-refused");
    }


    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "JSON inválido",
                "O corpo da requisição não é um JSON válido para esta operação. Envie um objeto JSON com os campos "
                        + "documentados em /v3/api-docs.", "invalid-request");
    }

    @ExceptionHandler
    ProblemDetail notFound(TicketNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Ticket não encontrado", e.getMessage(), "ticket-not-found");
    }

    @ExceptionHandler
    ProblemDetail blocked(CompanyBlockedException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Empresa bloqueada", e.getMessage(), "company-blocked");
        problem.setProperty("cstPhone", CompanyBlockedException.CST_PHONE);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail channelNotAllowed(ChannelNotAllowedException e) {
        ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Canal não disponível para a sua oferta", e.getMessage(),
                "channel-not-allowed");
        problem.setProperty("channel", e.channel().name());
        problem.setProperty("allowedChannels", e.allowedChannels().stream().map(Enum::name).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(TicketStateException e) {
        return problem(HttpStatus.CONFLICT, "Ação não permitida na situação atual do ticket", e.getMessage(),
                "ticket-state");
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class,
            // waited too long for the ticket's row lock while another request changed it (a burst on one ticket)
            org.springframework.dao.PessimisticLockingFailureException.class})
    ProblemDetail concurrent(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "O ticket mudou ao mesmo tempo",
                "O ticket foi alterado por outra ação neste mesmo instante. Consulte o ticket e tente novamente.",
                "concurrent-change");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        return Problems.of(status, title, detail, type);
    }
}
