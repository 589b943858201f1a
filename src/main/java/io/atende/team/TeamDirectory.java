package io.atende.team;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.springframework.stereotype.Component;

/** Creates the team groups, demo agents and memberships in Camunda's identity store when missing. */
@Component
class TeamDirectory {

    static final String GROUP_TYPE = "WORKFLOW";

    private final IdentityService identityService;
    private final Teams teams;

    TeamDirectory(IdentityService identityService, Teams teams) {
        this.identityService = identityService;
        this.teams = teams;
    }

    void ensureGroups() {
        for (String team : teams.ids()) {
            if (identityService.createGroupQuery().groupId(team).count() == 0) {
                Group group = identityService.newGroup(team);
                group.setName(teams.name(team));
                group.setType(GROUP_TYPE);
                identityService.saveGroup(group);
            }
            String leads = teams.leadGroupOf(team);
            if (identityService.createGroupQuery().groupId(leads).count() == 0) {
                Group group = identityService.newGroup(leads);
                group.setName("Líderes — " + teams.name(team));
                group.setType(GROUP_TYPE);
                identityService.saveGroup(group);
            }
        }
    }

    /** One agent per team; an existing user is left as it is (its password may have been changed). */
    void ensureDemoAgents(String password) {
        for (String team : teams.ids()) {
            DemoAgents.Agent agent = DemoAgents.of(team);
            if (identityService.createUserQuery().userId(agent.userId()).count() == 0) {
                User user = identityService.newUser(agent.userId());
                user.setFirstName(agent.firstName());
                user.setLastName(agent.lastName());
                user.setEmail(agent.email());
                user.setPassword(password);
                identityService.saveUser(user);
            }
            ensureMember(agent.userId(), team);
            ensureDemoLead(team, password);
        }
    }

    /** One lead per team ({@code lider-<team>}), member of the team and of its lead group (R21 reviews). */
    private void ensureDemoLead(String team, String password) {
        String userId = DemoAgents.leadUserIdFor(team);
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName("Líder");
            user.setLastName(teams.name(team));
            user.setEmail(userId + "@atende.example");
            user.setPassword(password);
            identityService.saveUser(user);
        }
        ensureMember(userId, team);
        ensureMember(userId, teams.leadGroupOf(team));
    }

    /** Makes an existing user (the process owner) a member of every team; unknown users are skipped. */
    void ensureMemberOfAllTeams(String userId) {
        if (userId == null || identityService.createUserQuery().userId(userId).count() == 0) {
            return;
        }
        for (String team : teams.ids()) {
            ensureMember(userId, team);
        }
    }

    private void ensureMember(String userId, String groupId) {
        UserQuery membership = identityService.createUserQuery().userId(userId).memberOfGroup(groupId);
        if (membership.count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}
