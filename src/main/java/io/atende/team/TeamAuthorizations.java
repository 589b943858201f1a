package io.atende.team;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Grants the team groups what Tasklist needs. Task permissions are not granted here: when a task
 * is offered to a candidate group the engine itself grants that group READ and UPDATE on that task
 * only, which is what keeps one team out of another team's tasks.
 */
@Component
class TeamAuthorizations {

    static final String TASKLIST = "tasklist";

    private final AuthorizationService authorizationService;
    private final Teams teams;
    private final TeamSettings settings;

    TeamAuthorizations(AuthorizationService authorizationService, Teams teams, TeamSettings settings) {
        this.authorizationService = authorizationService;
        this.teams = teams;
        this.settings = settings;
    }

    void ensureTeamGrants() {
        for (String team : teams.ids()) {
            grant(team, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
            for (String processKey : settings.readableProcesses()) {
                grant(team, Resources.PROCESS_DEFINITION, processKey, Permissions.READ);
            }
            String leads = teams.leadGroupOf(team);
            grant(leads, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
            for (String processKey : settings.readableProcesses()) {
                grant(leads, Resources.PROCESS_DEFINITION, processKey, Permissions.READ);
            }
        }
    }

    /**
     * Makes sure {@code groupId} holds a GRANT on the resource with at least {@code permissions};
     * permissions already granted (also by hand in Admin) are kept.
     */
    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        boolean changed = false;
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            changed = true;
        }
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }
}
