package io.atende.team;

import io.atende.platform.SecurityChains;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A staff member signed in to the Camunda webapps, as Spring Security sees them on the staff pages: the principal is
 * the {@link SignedInAgent}, each of their Camunda groups an authority {@code GROUP_<id>}
 * ({@link SecurityChains#GROUP_AUTHORITY_PREFIX}, as on the staff API).
 */
public final class StaffAuthentication extends AbstractAuthenticationToken {

    private final SignedInAgent agent;

    public StaffAuthentication(SignedInAgent agent) {
        super(agent.groupIds().stream().sorted()
                .map(group -> new SimpleGrantedAuthority(authority(group))).toList());
        this.agent = agent;
        setAuthenticated(true);
    }

    /** The authority of Camunda group {@code groupId}. */
    public static String authority(String groupId) {
        return SecurityChains.GROUP_AUTHORITY_PREFIX + groupId;
    }

    /** The authorities of {@code groupIds}. */
    public static String[] authorities(List<String> groupIds) {
        return groupIds.stream().map(StaffAuthentication::authority).toArray(String[]::new);
    }

    @Override
    public SignedInAgent getPrincipal() {
        return agent;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getName() {
        return agent.userId();
    }
}
