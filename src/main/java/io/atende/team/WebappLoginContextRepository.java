package io.atende.team;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The Camunda webapp login of the request's session (Tasklist, Cockpit, Admin) as Spring Security's security context:
 * a {@link StaffAuthentication} of the {@link SignedInAgent}, with the groups the identity service gives the user
 * now — read on each request, never kept, so a removed membership or user takes effect at once. Without a webapp
 * login the context is empty (anonymous); a customer's portal login in the same session counts for nothing. Nothing
 * is ever saved: signing in and out is the webapps' business.
 */
public final class WebappLoginContextRepository implements SecurityContextRepository {

    private final WebappLogins logins;

    public WebappLoginContextRepository(WebappLogins logins) {
        this.logins = logins;
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return load(holder.getRequest());
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return new DeferredSecurityContext() {
            private SecurityContext context;

            @Override
            public SecurityContext get() {
                if (context == null) {
                    context = load(request);
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                return get().getAuthentication() == null;
            }
        };
    }

    private SecurityContext load(HttpServletRequest request) {
        return logins.agentOf(request)
                .<SecurityContext>map(agent -> new SecurityContextImpl(new StaffAuthentication(agent)))
                .orElseGet(SecurityContextHolder::createEmptyContext);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // the webapps keep their own login; nothing of Spring Security's is stored
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return logins.agentOf(request).isPresent();
    }
}
