package io.atende.mail.web;

import io.atende.platform.SecurityChains;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * One-click links ({@code /acao/**}): no login (the signed token is the credential for its one
 * action), a session only to carry the CSRF token from the page to its confirming POST.
 */
@Configuration(proxyBeanMethods = false)
class ActionSecurity {

    @Bean
    @Order(SecurityChains.MAIL_ACTIONS)
    SecurityFilterChain oneClickActionChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/acao/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
