package io.atende.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The customer API: stateless HTTP Basic with the contact's e-mail and password; managing contacts
 * is the company administrator's alone (R2). The Camunda parts (engine REST, webapps) have their own
 * chains, ordered before this one; everything else (the portal's pages) is
 * {@code io.atende.portal.PortalSecurity}'s. A password that matched is remembered for
 * {@code atende.api.verified-password-ttl} ({@link VerifiedPasswords}), so a client sending the same
 * credentials on every request pays the bcrypt check once, not each time.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    /** Adaptive hashing (bcrypt by default), with the algorithm id stored so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(SecurityChains.CUSTOMER_API)
    SecurityFilterChain apiChain(HttpSecurity http, UserDetailsService contacts, PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            @Value("${atende.api.verified-password-ttl:10m}") Duration verifiedPasswordTtl) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(contacts);
        passwords.setPasswordEncoder(new VerifiedPasswords(passwordEncoder, verifiedPasswordTtl, 10_000));
        BasicChallenge challenge = new BasicChallenge("Atende");
        return http.securityMatcher("/api/**")
                // the portal's throttle: API failures count for the portal and the other way round (issue 12)
                .authenticationManager(new ProviderManager(new ThrottledSignIn(passwords, throttle)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/business-calendar/**").permitAll()
                        .requestMatchers("/api/contacts/**", "/api/contacts").hasRole("COMPANY_ADMIN")
                        .anyRequest().hasRole("CONTACT"))
                .httpBasic(basic -> basic.realmName("Atende").authenticationEntryPoint(challenge))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(challenge))
                .csrf(csrf -> csrf.disable()) // stateless Basic: no cookie for a forged request to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * 401 with the Basic challenge, or 429 with Retry-After while the account or address is locked; the body is
     * the error page's Portuguese problem+json ({@code AtendeErrorController}).
     */
    static final class BasicChallenge implements AuthenticationEntryPoint {

        private final String realm;

        BasicChallenge(String realm) {
            this.realm = realm;
        }

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
                throws IOException {
            if (failure instanceof ThrottledSignIn.Throttled throttled) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.waitTime().toSeconds())));
                request.setAttribute(Problems.DETAIL_ATTRIBUTE, "Muitas tentativas de entrar com esta conta ou deste "
                        + "endereço. Aguarde " + throttled.minutes() + " minuto(s) e tente de novo; se esqueceu a senha, "
                        + "redefina-a no Portal do Cliente.");
                response.sendError(429);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
