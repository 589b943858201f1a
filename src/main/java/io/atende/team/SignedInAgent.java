package io.atende.team;

import java.util.Collection;
import java.util.Set;

/**
 * A Camunda user signed in to the webapps, with the name they sign their writing with (first and last name, or
 * the user id) and the groups (teams and roles) the identity service gives them now.
 */
public record SignedInAgent(String userId, String name, Set<String> groupIds) {

    public SignedInAgent {
        groupIds = Set.copyOf(groupIds);
    }

    /** Whether the agent belongs to at least one of {@code groups}. */
    public boolean isMemberOfAny(Collection<String> groups) {
        return groups.stream().anyMatch(groupIds::contains);
    }
}
