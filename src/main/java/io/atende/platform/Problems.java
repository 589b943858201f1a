package io.atende.platform;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The one error format of Atende's APIs: application/problem+json with a Portuguese detail. */
public final class Problems {

    static final String TYPE_BASE = "https://atende.io/problems/";
    /** A request attribute whose text, set before {@code sendError}, becomes the error answer's detail. */
    public static final String DETAIL_ATTRIBUTE = Problems.class.getName() + ".detail";

    private Problems() {
    }

    /** A problem with its status, a short title, a detail that says what to do, and a type slug. */
    public static ProblemDetail of(HttpStatus status, String title, String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create(TYPE_BASE + type));
        return problem;
    }
}
