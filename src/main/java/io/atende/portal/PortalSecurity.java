package io.atende.portal;

import io.atende.account.CustomerDirectory;
import io.atende.platform.SecurityChains;
import io.atende.platform.ThrottledSignIn;
import io.atende.portal.internal.ActiveContactFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The portal's pages: form login with the contact's e-mail and password, throttled; a session
 * whose id changes at login; CSRF tokens on every form; a CSP without inline script. This chain
 * takes every path no earlier chain claims (their orders: {@link SecurityChains}).
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    /**
     * The portal's and the Central de Ajuda's pages: only the application's own scripts, styles and images (no
     * data: or blob: sources, which no page uses; docs/portal.md and docs/knowledge.md say the same, issue 24).
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "media-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Swagger UI's: its scripts are its own files ('self'); its React components set style attributes and its
     * stylesheet draws icons from data: URIs, hence those two allowances and nothing else (issue 24: it had none).
     */
    static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The API description stays public, with the framework's default headers and Swagger UI's CSP. */
    @Bean
    @Order(SecurityChains.PUBLIC_DOCS)
    SecurityFilterChain publicDocsChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable()) // read-only documents, no session
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_CSP)))
                .build();
    }

    @Bean
    @Order(SecurityChains.PORTAL)
    SecurityFilterChain portalChain(HttpSecurity http, UserDetailsService contacts, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, CustomerDirectory directory) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(contacts);
        passwords.setPasswordEncoder(passwordEncoder);
        return http
                .authenticationManager(new ProviderManager(new ThrottledSignIn(passwords, throttle)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/entrar", "/esqueci-senha", "/primeiro-acesso/**", "/redefinir-senha/**")
                        .permitAll()
                        // R23: the Central de Ajuda's public pages (knowledge base, suggestions, communities, life
                        // cycle); its download centre (/ajuda/downloads) needs a contact
                        .requestMatchers("/ajuda", "/ajuda/artigos/**", "/ajuda/imagens/**", "/ajuda/sugestoes",
                                "/ajuda/comunidades", "/ajuda/ciclo-de-vida").permitAll()
                        .requestMatchers("/contatos", "/contatos/**").hasRole("COMPANY_ADMIN")
                        .anyRequest().hasRole("CONTACT"))
                .formLogin(form -> form.loginPage("/entrar").loginProcessingUrl("/entrar")
                        .usernameParameter("email").passwordParameter("senha")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(new LoginFailure()))
                .logout(logout -> logout.logoutUrl("/sair").logoutSuccessUrl("/entrar?saiu")
                        .invalidateHttpSession(true).deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterAfter(new ActiveContactFilter(directory), AuthorizationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")))
                .build();
    }

    static final class LoginFailure implements AuthenticationFailureHandler {

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            String target = exception instanceof ThrottledSignIn.Throttled throttled
                    ? "/entrar?espera=" + throttled.minutes() : "/entrar?erro";
            response.sendRedirect(request.getContextPath() + target);
        }
    }
}
