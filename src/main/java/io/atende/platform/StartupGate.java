package io.atende.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat answers before the start-up work is done (demo data, the models' deployment, the knowledge index, the teams'
 * access: the {@code ApplicationReadyEvent} listeners). Spring Boot reports the application ready
 * ({@code ReadinessState.ACCEPTING_TRAFFIC}, {@code /actuator/health/readiness} UP) only after those listeners
 * returned; until then, and again while it shuts down, every request but the health checks is answered 503 with
 * {@code Retry-After} and a Portuguese problem+json or page. A client that signs in during those seconds is told to
 * wait, never that its password is wrong: no sign-in is checked, so none counts towards the throttle (issue 24).
 */
final class StartupGate extends OncePerRequestFilter {

    /** Seconds a client is told to wait. */
    static final int RETRY_AFTER_SECONDS = 5;
    static final String TITLE = "Atende iniciando";
    static final String DETAIL = "O Atende está iniciando ou sendo reiniciado e ainda não atende pedidos. Nada foi "
            + "registrado. Tente de novo em alguns segundos.";

    private final ApplicationAvailability availability;

    StartupGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    /**
     * The gate as one registered filter, not a bean of its own (a filter bean would be registered a second time, and
     * web slice tests, which load filter beans but not the availability, would need it).
     */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        static FilterRegistrationBean<StartupGate> startupGateFilter(ApplicationAvailability availability) {
            FilterRegistrationBean<StartupGate> registration = new FilterRegistrationBean<>(new StartupGate(availability));
            // before everything that reads the database: Spring Security's sign-in and its throttle
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || isHealthCheck(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"" + Problems.TYPE_BASE + "starting\",\"title\":\"" + TITLE
                    + "\",\"status\":503,\"detail\":\"" + DETAIL + "\",\"retryAfterSeconds\":" + RETRY_AFTER_SECONDS + "}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"pt-BR\"><head><meta charset=\"utf-8\">"
                    + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\"><title>" + TITLE
                    + "</title></head><body><main><h1>" + TITLE + "</h1><p id=\"iniciando\">" + DETAIL
                    + " Esta página tenta de novo sozinha.</p></main></body></html>");
        }
    }

    private static boolean isHealthCheck(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }
}
