package io.atende.ticket.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The staff pages ({@code /equipe/**}), ordered after the Camunda chains (1–2) and before the staff API (5)
 * and the portal's catch-all (100), which would otherwise send agents to the customers' login. Agents sign
 * in to the Camunda webapps, not here: {@link StaffTicketPage} reads that login from the session and
 * answers 401 or 403 itself. Its forms (notes, replies) carry Spring Security's CSRF token. The chain ignores any Spring Security login in the session, so a customer's
 * portal login counts for nothing, and it sets strict headers (no script, no framing, no referrer).
 */
@Configuration(proxyBeanMethods = false)
class StaffPageSecurity {

    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(3)
    SecurityFilterChain staffPagesChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/equipe/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // the portal's login, kept in the same session, is not read here
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
