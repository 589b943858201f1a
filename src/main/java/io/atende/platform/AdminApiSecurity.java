package io.atende.platform;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The staff API ({@code /api/admin/**}): HTTP Basic with a Camunda user's id and password, checked
 * by the engine's identity service; each Camunda group becomes an authority {@code GROUP_<id>}.
 * Endpoints state which groups they need (e.g. {@code @PreAuthorize} or request matchers here);
 * by default only the process administrators ({@code camunda-admin}) and CST may call them; the
 * Ouvidoria team also records phone escalations under {@code /api/admin/ouvidoria}.
 */
@Configuration(proxyBeanMethods = false)
class AdminApiSecurity {

    static final String GROUP_AUTHORITY_PREFIX = SecurityChains.GROUP_AUTHORITY_PREFIX;

    @Bean
    @Order(SecurityChains.STAFF_API)
    SecurityFilterChain adminApiChain(HttpSecurity http, IdentityService identityService) throws Exception {
        return http.securityMatcher("/api/admin/**")
                .authenticationManager(new ProviderManager(new CamundaUserAuthentication(identityService)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/admin/ouvidoria/**", "/api/admin/ouvidoria").hasAnyAuthority(
                                GROUP_AUTHORITY_PREFIX + "camunda-admin", GROUP_AUTHORITY_PREFIX + "cst",
                                GROUP_AUTHORITY_PREFIX + "ouvidoria")
                        // the models the engine runs: process administrators only (issue 13)
                        .requestMatchers("/api/admin/models/**", "/api/admin/models")
                        .hasAuthority(GROUP_AUTHORITY_PREFIX + "camunda-admin")
                        .anyRequest()
                        .hasAnyAuthority(GROUP_AUTHORITY_PREFIX + "camunda-admin", GROUP_AUTHORITY_PREFIX + "cst"))
                .httpBasic(basic -> basic.realmName("Atende staff"))
                .csrf(csrf -> csrf.disable()) // stateless Basic, no session cookie
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Metrics and the other actuator endpoints but health: process administrators only (Prometheus scrapes with Basic). */
    @Bean
    @Order(SecurityChains.ACTUATOR)
    SecurityFilterChain actuatorChain(HttpSecurity http, IdentityService identityService) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authenticationManager(new ProviderManager(new CamundaUserAuthentication(identityService)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasAuthority(GROUP_AUTHORITY_PREFIX + "camunda-admin"))
                .httpBasic(basic -> basic.realmName("Atende operations"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Checks a Camunda user's password and turns their groups into authorities. */
    static final class CamundaUserAuthentication implements AuthenticationProvider {

        private final IdentityService identityService;

        CamundaUserAuthentication(IdentityService identityService) {
            this.identityService = identityService;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            String userId = authentication.getName();
            String password = String.valueOf(authentication.getCredentials());
            if (!identityService.checkPassword(userId, password)) {
                throw new BadCredentialsException("Usuário ou senha inválidos.");
            }
            List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list()
                    .stream().map(Group::getId).map(id -> new SimpleGrantedAuthority(GROUP_AUTHORITY_PREFIX + id)).toList();
            return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
