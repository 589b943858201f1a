package io.atende.team;

import io.atende.platform.Problems;
import io.atende.platform.SecurityChains;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The staff pages ({@code /equipe/**}), one chain ({@link SecurityChains#STAFF_PAGES}, after the Camunda chains and
 * before the staff API and the portal's catch-all). Agents sign in to the Camunda webapps, not here: the
 * {@link WebappLoginContextRepository} turns that login into an authentication whose authorities are the agent's
 * groups ({@code GROUP_<id>}), read fresh on every request; a customer's portal login in the same session counts for
 * nothing. {@link #RULES} say per path which groups may enter; every other {@code /equipe} path is denied, so a new
 * staff page without a rule answers 401/403 until it gets one. Rules that depend on the ticket or product at hand are
 * {@code @PreAuthorize} on the handler (method security is enabled here). Nobody signed in gets 401 with the page that
 * asks to sign in to Tasklist, a refusal 403 with one page saying who may enter (the rule's message; a method rule may
 * set its own in {@link Problems#DETAIL_ATTRIBUTE}), both drawn by the error controller in the staff style. Forms carry
 * Spring Security's CSRF token; headers are strict (no script, no framing, no referrer).
 * docs/teams-and-access.md has the table of these rules.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class StaffPagesSecurity {

    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String ADMIN = Groups.CAMUNDA_ADMIN;
    static final String CST = "cst";
    static final String CSRF_REFUSED = "O formulário expirou ou não veio desta página (a proteção contra envio forjado "
            + "o recusou). Volte, recarregue a página e envie de novo; nada foi alterado.";

    /** A path family, who may enter it and what the refusal says. */
    record Rule(RequestMatcher matcher, AuthorizationManager<RequestAuthorizationContext> access, String refusal) {
    }

    @Bean
    @Order(SecurityChains.STAFF_PAGES)
    SecurityFilterChain staffPagesChain(HttpSecurity http, WebappLogins logins, Teams teams) throws Exception {
        List<Rule> rules = rules(teams);
        return http.securityMatcher("/equipe/**")
                .securityContext(context -> context.securityContextRepository(new WebappLoginContextRepository(logins)))
                .authorizeHttpRequests(auth -> {
                    rules.forEach(rule -> auth.requestMatchers(rule.matcher()).access(rule.access()));
                    auth.anyRequest().denyAll();
                })
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> response.sendError(401))
                        .accessDeniedHandler(refusal(rules)))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** Who may enter which staff page; the first matching rule decides. docs/teams-and-access.md lists them. */
    static List<Rule> rules(Teams teams) {
        AuthorizationManager<RequestAuthorizationContext> signedIn = AuthenticatedAuthorizationManager.authenticated();
        AuthorizationManager<RequestAuthorizationContext> admin = groups(List.of(ADMIN));
        AuthorizationManager<RequestAuthorizationContext> cstOrAdmin = groups(List.of(CST, ADMIN));
        List<String> leads = new ArrayList<>(teams.ids().stream().map(teams::leadGroupOf).toList());
        leads.add(ADMIN);
        List<String> teamMembers = new ArrayList<>(teams.ids());
        teamMembers.add(ADMIN);
        String companies = "As empresas e suas pendências financeiras são da CST e dos administradores do processo.";
        String companiesAdmin = "Contrato, oferta, CNPJ e contrato Prime só os administradores do processo alteram, e "
                + "só eles criam empresas.";
        return List.of(
                // tickets: any agent; which ticket, @PreAuthorize on StaffTicketPage (its team, CST, Manutenção, ...)
                new Rule(path(null, "/equipe/tickets/**"), signedIn, null),
                new Rule(path(null, "/equipe/artigos/sinonimos"), admin,
                        "Os sinônimos da busca são mantidos pelos administradores do processo."),
                // articles: any agent reads; writing an article checks its product's team (ArticleAuthors)
                new Rule(path(null, "/equipe/artigos/**"), signedIn, null),
                // update packages: any agent reaches it; @PreAuthorize on StaffDownloadPage (a product's team)
                new Rule(path(null, "/equipe/downloads/**"), signedIn, "Os pacotes de atualização são publicados pela "
                        + "equipe de suporte de cada produto (Protheus, RM, Datasul, Logix, Série 1, RMS, fluig) e pelos "
                        + "administradores do processo."),
                new Rule(path(HttpMethod.GET, "/equipe/empresas"), cstOrAdmin, companies),
                new Rule(path(null, "/equipe/empresas/nova"), admin, companiesAdmin),
                new Rule(path(HttpMethod.GET, "/equipe/empresas/{id}"), cstOrAdmin, companies),
                new Rule(path(HttpMethod.POST, "/equipe/empresas/{id}/pendencia"), cstOrAdmin, companies),
                new Rule(path(null, "/equipe/empresas/**"), admin, companiesAdmin),
                new Rule(path(null, "/equipe/plantao/**"), cstOrAdmin,
                        "O plantão de feriado é publicado pela CST e pelos administradores do processo."),
                new Rule(path(HttpMethod.GET, "/equipe/painel"), groups(leads), DASHBOARD),
                new Rule(path(HttpMethod.GET, "/equipe/painel.csv"), groups(leads), DASHBOARD),
                new Rule(path(null, "/equipe/telefone/**"), groups(teamMembers),
                        "Só os membros de uma equipe de atendimento e os administradores do processo abrem tickets por "
                                + "telefone. Peça ao seu líder para incluir você numa equipe."),
                new Rule(path(null, "/equipe/modelos/**"), admin,
                        "Só os administradores do processo (grupo camunda-admin) veem os modelos em uso."));
    }

    private static final String DASHBOARD = "O painel é dos líderes de equipe (grupo lideres-<equipe>) e dos "
            + "administradores do processo. Peça acesso ao administrador do Camunda.";

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /** Members of any of {@code groupIds}. */
    static AuthorizationManager<RequestAuthorizationContext> groups(List<String> groupIds) {
        return AuthorityAuthorizationManager.hasAnyAuthority(StaffAuthentication.authorities(groupIds));
    }

    /**
     * 403 through the error page, saying who may enter: a refused CSRF token says the form expired; a method rule's
     * own message (already in {@link Problems#DETAIL_ATTRIBUTE}) stays; otherwise the path's rule's.
     */
    private static AccessDeniedHandler refusal(List<Rule> rules) {
        return (request, response, denied) -> {
            if (denied instanceof CsrfException) {
                request.setAttribute(Problems.DETAIL_ATTRIBUTE, CSRF_REFUSED);
            } else if (request.getAttribute(Problems.DETAIL_ATTRIBUTE) == null) {
                request.setAttribute(Problems.DETAIL_ATTRIBUTE, rules.stream()
                        .filter(rule -> rule.matcher().matches(request)).findFirst()
                        .map(Rule::refusal).orElse(null));
            }
            send(response, HttpServletResponse.SC_FORBIDDEN);
        };
    }

    private static void send(HttpServletResponse response, int status) throws IOException {
        if (!response.isCommitted()) {
            response.sendError(status);
        }
    }
}
