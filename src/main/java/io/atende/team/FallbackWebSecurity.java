package io.atende.team;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Keeps every other path closed until the application's own catch-all chain
 * ({@code io.atende.platform.ApiSecurity}) exists. Declaring the Camunda chains switches Spring
 * Boot's default chain off, which would otherwise leave all other paths without any security.
 * This is a copy of Boot's default (login required, form login and HTTP Basic) and disappears by
 * itself as soon as that class is on the classpath.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingClass("io.atende.platform.ApiSecurity")
class FallbackWebSecurity {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain everythingElseRequiresLogin(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(withDefaults())
                .httpBasic(withDefaults())
                .build();
    }
}
