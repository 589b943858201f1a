package io.atende.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Whatever reaches the container's error page — Spring Security's 401 and 403, a wrong parameter type, an
 * unsupported content type, unreadable JSON, an unexpected exception — answers in Portuguese: problem+json
 * for the APIs and any client that does not ask for HTML, the portal's error pages otherwise (Spring Boot's
 * English JSON and Whitelabel page never show). The staff pages ({@code /equipe/**}) answer with their own
 * pages whatever {@code Accept} says: 401 asks to sign in to Tasklist ({@code equipe/entrar}), 403 is the one refusal
 * page saying who may enter ({@code equipe/sem-acesso}, the text in {@link Problems#DETAIL_ATTRIBUTE}), any other
 * status {@code equipe/erro}. An unexpected error (5xx) gets a code, logged with the exception and shown to the user
 * instead of any detail of it (issue 12).
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class AtendeErrorController extends BasicErrorController {

    private static final Logger log = LoggerFactory.getLogger(AtendeErrorController.class);
    static final String CODE_ATTRIBUTE = AtendeErrorController.class.getName() + ".code";

    /** The staff pages' path. */
    static final String STAFF = "/equipe";

    private final ErrorAttributes errorAttributes;
    private final ObjectMapper json;
    private final ObjectProvider<ThymeleafViewResolver> views;

    AtendeErrorController(ErrorAttributes errorAttributes, ServerProperties server, List<ErrorViewResolver> resolvers,
            ObjectMapper json, ObjectProvider<ThymeleafViewResolver> views) {
        super(errorAttributes, server.getError(), resolvers);
        this.errorAttributes = errorAttributes;
        this.json = json;
        this.views = views;
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpServletResponse response = currentResponse();
        if (response != null && staffPage(request)) {
            renderStaffPage(request, response);
            return null;
        }
        return problem(request);
    }

    private ResponseEntity<Map<String, Object>> problem(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        Map<String, Object> body = new LinkedHashMap<>();
        String[] text = text(status, error, request);
        body.put("type", Problems.TYPE_BASE + text[2]);
        body.put("title", text[0]);
        body.put("status", status.value());
        if (status.is5xxServerError()) {
            String code = codeOf(request, error);
            body.put("detail", text[1] + " Código: " + code + ".");
            body.put("code", code);
        } else {
            Object detail = request.getAttribute(Problems.DETAIL_ATTRIBUTE);
            body.put("detail", detail instanceof String said ? said : text[1]);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** A browser asking an API path still gets problem+json: the API speaks one format whatever Accept says. */
    @Override
    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && (path.startsWith(request.getContextPath() + "/api/")
                || path.startsWith(request.getContextPath() + "/engine-rest/"))) {
            ResponseEntity<Map<String, Object>> problem = problem(request);
            try {
                response.setStatus(problem.getStatusCode().value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                json.writeValue(response.getOutputStream(), problem.getBody());
            } catch (java.io.IOException e) {
                log.debug("Could not write the error answer", e);
            }
            return null;
        }
        if (staffPage(request)) {
            return staffPageOf(request, response);
        }
        return super.errorHtml(request, response);
    }

    /** Whether the failed request was one of the staff pages. */
    private static boolean staffPage(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path
                && (path.equals(request.getContextPath() + STAFF)
                        || path.startsWith(request.getContextPath() + STAFF + "/"));
    }

    /** The staff style's page of the error: the Tasklist sign-in (401), the refusal (403) or the error page. */
    private ModelAndView staffPageOf(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = statusOf(request);
        Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        if (!model.containsKey("detail") && (error instanceof MethodArgumentTypeMismatchException
                || error instanceof MissingServletRequestParameterException)) {
            model.put("detail", text(status, error, request)[1]);
        }
        response.setStatus(status.value());
        String view = switch (status) {
            case UNAUTHORIZED -> "equipe/entrar";
            case FORBIDDEN -> "equipe/sem-acesso";
            default -> "equipe/erro";
        };
        return new ModelAndView(view, model, status);
    }

    /** Draws the staff page of the error for a client that did not ask for HTML (a form post, a script, a probe). */
    private void renderStaffPage(HttpServletRequest request, HttpServletResponse response) {
        ModelAndView page = staffPageOf(request, response);
        try {
            View view = views.getObject().resolveViewName(page.getViewName(), Locale.forLanguageTag("pt-BR"));
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            view.render(page.getModel(), request, response);
        } catch (Exception e) {
            log.warn("Could not draw the staff error page", e);
        }
    }

    private static HttpServletResponse currentResponse() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getResponse() : null;
    }

    /** The HTML page's model: status and, for 5xx, the code; nothing of the exception. */
    @Override
    protected Map<String, Object> getErrorAttributes(HttpServletRequest request, ErrorAttributeOptions options) {
        Map<String, Object> model = new LinkedHashMap<>();
        HttpStatus status = statusOf(request);
        model.put("status", status.value());
        if (status.is5xxServerError()) {
            model.put("code", codeOf(request, errorAttributes.getError(new ServletWebRequest(request))));
        } else if (request.getAttribute(Problems.DETAIL_ATTRIBUTE) instanceof String detail) {
            model.put("detail", detail);
        }
        return model;
    }

    /** The container's status, but an unreadable multipart request is the client's to mend (400), not a 500. */
    private HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND; // /error asked for directly: no error is being answered
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        if (error instanceof MultipartException && !(error instanceof MaxUploadSizeExceededException)) {
            return HttpStatus.BAD_REQUEST;
        }
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        return statusOf(request);
    }

    /** One code per failed request, logged once with the exception. */
    private static String codeOf(HttpServletRequest request, Throwable error) {
        Object known = request.getAttribute(CODE_ATTRIBUTE);
        if (known instanceof String code) {
            return code;
        }
        String code = UUID.randomUUID().toString().substring(0, 8);
        request.setAttribute(CODE_ATTRIBUTE, code);
        log.error("Request {} {} failed, code {}", request.getMethod(),
                request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), code, error);
        return code;
    }

    /** Title, detail and type slug in Portuguese, saying what to do. */
    private static String[] text(HttpStatus status, Throwable error, HttpServletRequest request) {
        if (error instanceof MethodArgumentTypeMismatchException mismatch) {
            return new String[] {"Parâmetro inválido", "O parâmetro '" + mismatch.getName() + "' recebeu um valor que "
                    + "não é do tipo esperado" + (Number.class.isAssignableFrom(boxed(mismatch.getRequiredType()))
                    ? " (um número inteiro)" : "") + ". Corrija o valor e tente de novo.", "invalid-request"};
        }
        if (error instanceof MissingServletRequestParameterException missing) {
            return new String[] {"Parâmetro ausente", "Informe o parâmetro '" + missing.getParameterName() + "'.",
                    "invalid-request"};
        }
        if (error instanceof HttpMessageNotReadableException) {
            return new String[] {"JSON inválido", "O corpo da requisição não é um JSON válido para esta operação. "
                    + "Envie um objeto JSON com os campos documentados em /v3/api-docs.", "invalid-request"};
        }
        if (error instanceof MultipartException) {
            return new String[] {"Envio inválido", UploadLimitAdvice.UNREADABLE, "invalid-request"};
        }
        return switch (status) {
            case BAD_REQUEST -> new String[] {"Pedido inválido", "O pedido não pôde ser entendido. Confira o endereço, "
                    + "os parâmetros e o corpo conforme /v3/api-docs.", "invalid-request"};
            case UNAUTHORIZED -> new String[] {"Autenticação necessária", "Envie as credenciais por HTTP Basic: o e-mail "
                    + "e a senha de um contato do Portal do Cliente (nas rotas /api/admin, um usuário da equipe).",
                    "unauthorized"};
            case FORBIDDEN -> new String[] {"Acesso não permitido", "Sua conta não tem acesso a este recurso.", "forbidden"};
            case NOT_FOUND -> new String[] {"Não encontrado", "Este endereço não existe. Confira o caminho em "
                    + "/v3/api-docs.", "not-found"};
            case METHOD_NOT_ALLOWED -> new String[] {"Método não permitido", "Este endereço não aceita o método "
                    + (error instanceof HttpRequestMethodNotSupportedException m ? m.getMethod() : request.getMethod())
                    + ". Confira o método em /v3/api-docs.", "method-not-allowed"};
            case NOT_ACCEPTABLE -> new String[] {"Formato não disponível", "Peça a resposta como application/json.",
                    "not-acceptable"};
            case UNSUPPORTED_MEDIA_TYPE -> new String[] {"Tipo de conteúdo não aceito", "Envie o corpo como "
                    + "application/json (anexos: multipart/form-data).", "unsupported-media-type"};
            case PAYLOAD_TOO_LARGE -> new String[] {"Envio grande demais", UploadLimitAdvice.DETAIL, "payload-too-large"};
            case TOO_MANY_REQUESTS -> new String[] {"Muitas tentativas", "Aguarde alguns minutos e tente de novo.",
                    "too-many-requests"};
            default -> status.is5xxServerError()
                    ? new String[] {"Erro interno", "O Atende teve um erro ao atender a este pedido e nada foi "
                            + "registrado pela metade. Tente de novo; se continuar, informe ao suporte o código do erro.",
                            "internal-error"}
                    : new String[] {"Pedido não atendido", "O pedido não pôde ser atendido (HTTP " + status.value()
                            + ").", "request-refused"};
        };
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == null) {
            return Object.class;
        }
        return type == int.class || type == long.class || type == short.class ? Number.class : type;
    }
}
