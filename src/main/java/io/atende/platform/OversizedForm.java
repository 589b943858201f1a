package io.atende.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form whose text passes what the container reads (2 MB of url-encoded fields) arrived with no fields at all:
 * the portal answered 403 "only contacts" because the CSRF token was lost with the rest (issue 12). This reads
 * the form first and, when the container refused it for its size, answers 413 saying the text was too long —
 * the portal's page or problem+json on the API. Multipart forms whose text is too long are told the same by
 * {@link UploadLimitAdvice}. Engine REST and the webapps' API read their own bodies and are left alone.
 */
@Configuration(proxyBeanMethods = false)
class OversizedForm extends OncePerRequestFilter {

    /** What a customer reads when the text of a form passes the limit (the limit of {@code Ticket.CUSTOMER_TEXT_MAX}). */
    static final String DETAIL = "O texto enviado passa do limite: a descrição e as mensagens podem ter até 20.000 "
            + "caracteres. Nada foi registrado. Encurte o texto (um registro longo pode ir como arquivo anexo) e envie "
            + "de novo.";

    /** Tomcat's request attribute naming why the parameters could not be parsed. */
    private static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

    /** How much of a refused form is read before answering (a pasted log, not an upload of gigabytes). */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    @Bean
    static FilterRegistrationBean<OversizedForm> oversizedFormFilter() {
        FilterRegistrationBean<OversizedForm> registration = new FilterRegistrationBean<>(new OversizedForm());
        // after the character encoding filter (the fields are decoded in UTF-8), before Spring Security's CSRF check
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isUrlEncodedForm(request) && !readsItsOwnBody(request)) {
            request.getParameterNames();
            Object reason = request.getAttribute(PARSE_FAILED_REASON);
            if (reason != null && "POST_TOO_LARGE".equals(reason.toString())) {
                drain(request);
                request.setAttribute(Problems.DETAIL_ATTRIBUTE, DETAIL);
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The container did not read the refused body; read (and drop) a reasonable amount of it so the browser, still
     * sending, reads the answer instead of a reset connection. Past that the connection is closed as before.
     */
    private static void drain(HttpServletRequest request) {
        byte[] buffer = new byte[64 * 1024];
        long left = DRAIN_LIMIT;
        try (var in = request.getInputStream()) {
            int read;
            while (left > 0 && (read = in.read(buffer)) != -1) {
                left -= read;
            }
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
    }

    /** The engine's REST API and the webapps' API (Jersey) read their bodies themselves. */
    private static boolean readsItsOwnBody(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/engine-rest") || path.startsWith("/camunda/");
    }

    private static boolean isUrlEncodedForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && !"GET".equals(request.getMethod())
                && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }
}
