package io.atende.team;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** R21: every team has a lead group that reviews bad survey answers, and (demo data) a lead in it. */
@TeamIntegrationTest
class TeamLeadsIntegrationTests {

    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired Teams teams;

    @Test
    @DisplayName("R21: lideres-<team> exists for every team, with Tasklist access, and lider-<team> is in it and in the team")
    void createsLeadGroupsWithDemoLeads() {
        assertThat(teams.leadGroupOf("suporte-rm")).isEqualTo("lideres-suporte-rm");
        for (String team : teams.ids()) {
            String leads = teams.leadGroupOf(team);
            assertThat(identityService.createGroupQuery().groupId(leads).singleResult().getName())
                    .isEqualTo("Líderes — " + teams.name(team));
            assertThat(identityService.createUserQuery().userId("lider-" + team).memberOfGroup(leads).count()).isOne();
            assertThat(identityService.createUserQuery().userId("lider-" + team).memberOfGroup(team).count()).isOne();
            assertThat(authorizationService.isUserAuthorized("lider-" + team, java.util.List.of(leads),
                    Permissions.ACCESS, Resources.APPLICATION, TeamAuthorizations.TASKLIST)).as(leads).isTrue();
        }
    }
}
