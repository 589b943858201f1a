package io.atende.team;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.stereotype.Component;

/**
 * Who is signed in to the Camunda webapps (Tasklist, Cockpit, Admin) in this HTTP session, for the
 * application's own staff pages: agents sign in once, to Tasklist, and its session login (kept by
 * Camunda in the servlet session the webapps share with the application) is theirs here too. A
 * customer's portal login is a different thing and never counts. The user's groups come from the
 * identity service on each call, not from the login's cached copy, so a removed membership or user
 * takes effect at once.
 */
@Component
public class WebappLogins {

    private final String engineName;
    private final IdentityService identityService;

    WebappLogins(ProcessEngine engine) {
        this.engineName = engine.getName();
        this.identityService = engine.getIdentityService();
    }

    /** The agent signed in to the webapps in the request's session; empty without a session or a login. */
    public Optional<SignedInAgent> agentOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentication login = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
        return login == null || login.getIdentityId() == null ? Optional.empty() : agent(login.getIdentityId());
    }

    /**
     * The Camunda user {@code userId} with their name and groups now, e.g. for the staff API, whose HTTP Basic login
     * knows only the id; empty when there is no such user.
     */
    public Optional<SignedInAgent> agent(String userId) {
        User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        String id = user.getId();
        String name = (nonBlank(user.getFirstName()) + " " + nonBlank(user.getLastName())).strip();
        return Optional.of(new SignedInAgent(id, name.isEmpty() ? id : name, identityService.createGroupQuery()
                .groupMember(id).list()
                .stream().map(Group::getId).collect(Collectors.toSet())));
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value.strip();
    }
}
