package io.atende.team;

import io.atende.platform.SecurityChains;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security of the Camunda parts. Both chains only match their own paths, so the application's
 * catch-all chain (ordered after them) still decides everything else.
 *
 * <ul>
 *   <li>Engine REST API: Spring Security steps aside and Camunda's
 *       {@link ProcessEngineAuthenticationFilter} demands HTTP Basic credentials of a Camunda user
 *       and sets them as the engine's current authentication, so authorization checks apply to
 *       every REST call.</li>
 *   <li>Cockpit, Tasklist, Admin: they have their own login, session, CSRF protection and security
 *       headers, which Spring Security must not duplicate or contradict.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class CamundaWebSecurity {

    /** Authenticates every engine REST request against the engine's identity service. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(JerseyApplicationPath restPath) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-authentication");
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        registration.addUrlPatterns(restPath.getUrlMapping());
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /**
     * Behind the authentication of both the engine REST API and the webapps' engine API: statistics and
     * reports only for those who may open Cockpit ({@link EngineStatisticsScope}).
     */
    @Bean
    FilterRegistrationBean<EngineStatisticsScope> engineStatisticsScope(JerseyApplicationPath restPath,
            CamundaBpmProperties camunda, ProcessEngine engine, WebappLogins webappLogins) {
        FilterRegistrationBean<EngineStatisticsScope> registration = new FilterRegistrationBean<>(
                new EngineStatisticsScope(engine.getIdentityService(), engine.getAuthorizationService(), webappLogins));
        registration.setName("atende-engine-statistics-scope");
        registration.addUrlPatterns(restPath.getUrlMapping(), camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        // after engineRestAuthentication (default order), which sets the engine's current authentication
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    @Bean
    @Order(SecurityChains.ENGINE_REST)
    SecurityFilterChain engineRestSecurity(HttpSecurity http, JerseyApplicationPath restPath) throws Exception {
        return http
                .securityMatcher(pathOrItsErrorPage(restPath.getPrefix()))
                // authentication and authorization are the engine's (see engineRestAuthentication)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // stateless Basic-authenticated API: no session, hence no CSRF exposure
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(SecurityChains.CAMUNDA_WEBAPPS)
    SecurityFilterChain camundaWebappSecurity(HttpSecurity http, CamundaBpmProperties camunda) throws Exception {
        String webappPath = camunda.getWebapp().getApplicationPath();
        return http
                .securityMatcher(pathOrItsErrorPage(webappPath))
                // the webapps check their own session login and answer 401 to their own API calls
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // Camunda's CsrfPreventionFilter and HttpHeaderSecurityFilter protect the webapps; the latter sends no
                // HSTS (off by default there), so Spring Security adds only that, on requests that came over https
                // (behind the TLS proxy: X-Forwarded-Proto, issue 24)
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.defaultsDisabled()
                        .httpStrictTransportSecurity(org.springframework.security.config.Customizer.withDefaults()))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * Matches {@code prefix/**} whatever servlet serves it (the engine REST API is Jersey's servlet,
     * so Spring MVC based matching would miss it), and the error dispatch of such a request: when
     * Camunda answers with {@code sendError(401)}, the container forwards to {@code /error}, which
     * must not fall into another chain that would turn the 401 into a redirect to a login page.
     */
    static RequestMatcher pathOrItsErrorPage(String prefix) {
        RequestMatcher path = PathPatternRequestMatcher.withDefaults().matcher(prefix + "/**");
        RequestMatcher errorPage = request -> request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + prefix + "/");
        return new OrRequestMatcher(path, errorPage);
    }
}
