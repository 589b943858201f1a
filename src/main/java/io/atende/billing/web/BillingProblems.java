package io.atende.billing.web;

import io.atende.billing.internal.BillingException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The billing API's refusals as application/problem+json in Portuguese. */
@RestControllerAdvice(assignableTypes = {BillingController.class, BillingStaffController.class})
class BillingProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(BillingException e) {
        return switch (e.kind()) {
            case INVALID -> problem(HttpStatus.BAD_REQUEST, "Pedido de cobrança inválido", e.getMessage(), "invalid-request");
            case CONFLICT -> problem(HttpStatus.CONFLICT, "Não é possível nesta situação", e.getMessage(), "billing-state");
            case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "Não encontrado", e.getMessage(), "not-found");
        };
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Acesso restrito", "O extrato de cobrança é acessível apenas ao "
                + "administrador da empresa.", "forbidden");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "JSON inválido", "Envie {\"percent\": \"4.25\", \"effectiveFrom\": "
                + "\"2027-01-01\"}: o índice em % (pode ser negativo) e a data de vigência (AAAA-MM-DD).", "invalid-request");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://atende.io/problems/" + type));
        // Explicit, so a statement request (Accept: text/csv or text/html) still gets its error body.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
