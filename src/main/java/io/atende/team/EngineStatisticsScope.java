package io.atende.team;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the engine's aggregate figures (process and deployment statistics, history reports) to those who
 * may open Cockpit. A team member holds READ on the process definitions so that Tasklist can show their
 * names, diagrams and forms, and the engine checks nothing more for statistics: every team's instance,
 * incident and failed-job counts would be theirs to read (issue 12). Tasklist never calls these resources.
 *
 * <p>Runs behind the authentication of both ways in: the engine REST API (HTTP Basic, the engine's current
 * authentication is set) and the webapps' engine API (the webapps' session login).
 */
class EngineStatisticsScope extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineStatisticsScope.class);

    /** {@code …/statistics}, {@code …/statistics/…} and the history's {@code …/report} resources. */
    static final Pattern AGGREGATES = Pattern.compile("(?i).*/(statistics|report)(/.*)?");

    static final String COCKPIT = "cockpit";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final WebappLogins webappLogins;

    EngineStatisticsScope(IdentityService identityService, AuthorizationService authorizationService,
            WebappLogins webappLogins) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.webappLogins = webappLogins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!AGGREGATES.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Caller> caller = caller(request);
        if (caller.isEmpty()) {
            chain.doFilter(request, response); // not signed in: the engine's own refusal (401) answers
            return;
        }
        if (authorizationService.isUserAuthorized(caller.get().userId(), caller.get().groupIds(), Permissions.ACCESS,
                Resources.APPLICATION, COCKPIT)) {
            chain.doFilter(request, response);
            return;
        }
        log.info("User {} refused engine aggregate {} (no Cockpit access)", caller.get().userId(), path);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"https://atende.io/problems/forbidden\",\"title\":\"Acesso não "
                + "permitido\",\"status\":403,\"detail\":\"As estatísticas e relatórios do motor são do Cockpit: "
                + "peça acesso ao Cockpit a um administrador. No Tasklist, use os filtros da sua equipe.\"}");
    }

    private Optional<Caller> caller(HttpServletRequest request) {
        Authentication engine = identityService.getCurrentAuthentication();
        if (engine != null && engine.getUserId() != null) {
            return Optional.of(new Caller(engine.getUserId(), engine.getGroupIds()));
        }
        return webappLogins.agentOf(request).map(agent -> new Caller(agent.userId(), List.copyOf(agent.groupIds())));
    }

    private record Caller(String userId, List<String> groupIds) {
    }
}
