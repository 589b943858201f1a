package io.atende.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TeamIntegrationTest
class TeamAccessInitializerIntegrationTests {

    @Autowired
    TeamAccessInitializer initializer;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    FilterService filterService;

    @Autowired
    Teams teams;

    @Test
    void createsEveryTeamAsAWorkflowGroup() {
        List<Group> groups = identityService.createGroupQuery().groupIdIn(teams.ids().toArray(String[]::new)).list();

        assertThat(groups).hasSize(14).allSatisfy(group -> {
            assertThat(group.getType()).isEqualTo("WORKFLOW");
            assertThat(group.getName()).isEqualTo(teams.name(group.getId()));
        });
    }

    @Test
    void createsOneDemoAgentPerTeamWhoCanLogIn() {
        for (String team : teams.ids()) {
            String agent = "agente-" + team;
            assertThat(identityService.createUserQuery().userId(agent).memberOfGroup(team).count()).as(agent).isOne();
            assertThat(identityService.checkPassword(agent, "demo")).as(agent).isTrue();
        }
        User carla = identityService.createUserQuery().userId("agente-suporte-protheus").singleResult();
        assertThat(carla.getFirstName()).isEqualTo("Carla");
    }

    @Test
    void makesTheAdministratorAMemberOfEveryTeamKeepingCamundaAdmin() {
        List<String> groupsOfDemo = identityService.createGroupQuery().groupMember("demo").list().stream()
                .map(Group::getId).toList();

        assertThat(groupsOfDemo).containsAll(teams.ids()).contains(Groups.CAMUNDA_ADMIN);
    }

    @Test
    void createsNothingTwiceWhenRunAgain() {
        long users = identityService.createUserQuery().count();
        long groups = identityService.createGroupQuery().count();
        long memberships = identityService.createGroupQuery().groupMember("demo").count();
        long authorizations = authorizationService.createAuthorizationQuery().count();
        long filters = filterService.createFilterQuery().count();

        initializer.initialize();
        initializer.initialize();

        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(identityService.createGroupQuery().groupMember("demo").count()).isEqualTo(memberships);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    }

    @Test
    void recreatesWhatWasDeleted() {
        identityService.deleteMembership("agente-suporte-rm", "suporte-rm");
        filterService.deleteFilter(filterService.createFilterQuery().filterName(TasklistFilters.SLA_OVERDUE).singleResult().getId());

        initializer.initialize();

        assertThat(identityService.createUserQuery().userId("agente-suporte-rm").memberOfGroup("suporte-rm").count()).isOne();
        assertThat(filterService.createFilterQuery().filterName(TasklistFilters.SLA_OVERDUE).count()).isOne();
    }
}
