package io.atende.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The customer API: stateless HTTP Basic with the contact's e-mail and password. The Camunda
 * parts (engine REST, webapps) have their own chains, ordered before these.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    /** Adaptive hashing (bcrypt by default), with the algorithm id stored so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(10)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/business-calendar/**").permitAll()
                        .anyRequest().hasRole("CONTACT"))
                .httpBasic(basic -> basic.realmName("Atende"))
                .csrf(csrf -> csrf.disable()) // stateless Basic: no cookie for a forged request to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Everything not claimed by another chain: health and the API description are public, the rest is closed. */
    @Bean
    @Order(100)
    SecurityFilterChain defaultChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/error", "/actuator/health/**", "/actuator/health", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
