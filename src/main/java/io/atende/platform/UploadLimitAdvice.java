package io.atende.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the size limit fails before any controller is chosen, so no module's advice sees
 * it; and the container's error page would parse the same body again and fail the same way. This
 * answers it here: problem+json on the API, a page that explains on the portal (413 both).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    static final String DETAIL = "O envio passa do limite de tamanho: cada arquivo pode ter até 100 MB. Nada foi "
            + "registrado. Envie arquivos menores.";

    static final String UNREADABLE = "O envio de arquivos não pôde ser lido (multipart/form-data malformado ou nome "
            + "de arquivo com caracteres de controle). Nada foi registrado. Confira os arquivos e tente de novo.";

    private final ObjectMapper json;

    UploadLimitAdvice(ObjectMapper json) {
        this.json = json;
    }

    static final String NAME_TOO_LONG = "O nome de um arquivo enviado é longo demais (os cabeçalhos de cada arquivo "
            + "podem ter até 8 KB). Nada foi registrado. Renomeie o arquivo com um nome mais curto e envie de novo.";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException error, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (partHeadersTooLarge(error)) {
            // Tomcat's size exception for a part's headers (server.tomcat.max-part-header-size): a long file name,
            // not a large upload (issue 24)
            if (request.getRequestURI().startsWith("/api/")) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                json.writeValue(response.getOutputStream(),
                        Problems.of(HttpStatus.BAD_REQUEST, "Nome de arquivo longo demais", NAME_TOO_LONG,
                                "attachment-refused"));
                return new ModelAndView();
            }
            ModelAndView page = new ModelAndView("error/4xx");
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("status", HttpStatus.BAD_REQUEST.value());
            page.addObject("detail", NAME_TOO_LONG);
            return page;
        }
        String detail = filesTooLarge(error) ? DETAIL : OversizedForm.DETAIL;
        if (request.getRequestURI().startsWith("/api/")) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(),
                    Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "Envio grande demais", detail, "attachment-refused"));
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView("error/413");
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        if (detail != DETAIL) { // the page has its own, longer words for files
            page.addObject("detail", detail);
        }
        return page;
    }

    /**
     * A multipart body the container cannot read (a NUL in a file name, a broken boundary) is the client's to mend:
     * answered here, the container does not log it as a servlet failure; the error page says what happened.
     */
    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(Problems.DETAIL_ATTRIBUTE, UNREADABLE);
        response.sendError(HttpStatus.BAD_REQUEST.value());
        return new ModelAndView();
    }

    /**
     * A file (or all files together) over the limit, or else the text fields: Tomcat refuses text fields over its
     * form limit with an exception of its own, files with its file upload's size limit exceptions.
     */
    private static boolean partHeadersTooLarge(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Header section has more than")) {
                return true;
            }
        }
        return false;
    }

    private static boolean filesTooLarge(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getSimpleName().endsWith("SizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }
}
