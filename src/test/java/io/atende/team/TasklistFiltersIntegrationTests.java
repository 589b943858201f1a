package io.atende.team;

import static io.atende.team.TeamFixtures.CARLA;
import static io.atende.team.TeamFixtures.PROTHEUS;
import static io.atende.team.TeamFixtures.RM;
import static io.atende.team.TeamFixtures.getList;
import static io.atende.team.TeamFixtures.ids;
import static io.atende.team.TeamFixtures.offerTicket;
import static io.atende.team.TeamFixtures.postList;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@TeamIntegrationTest
class TasklistFiltersIntegrationTests {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessEngine engine;

    @Autowired
    FilterService filterService;

    @Autowired
    Teams teams;

    @Autowired
    TasklistFilters filters;

    @Test
    void savesTheSharedFiltersWithTicketColumns() {
        for (String name : List.of(TasklistFilters.MY_TEAM, TasklistFilters.MY_TASKS, TasklistFilters.SLA_DUE_TODAY,
                TasklistFilters.SLA_OVERDUE, TasklistFilters.SLA_WARNED, TasklistFilters.AWAITING_CUSTOMER)) {
            Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
            assertThat(filter).as(name).isNotNull();
            assertThat(filter.getProperties()).containsEntry("refresh", true).containsKeys("color", "priority", "description");
            assertThat(filter.getProperties().get("variables")).isEqualTo(TasklistFilters.columns());
        }
    }

    @Test
    void showsOnEveryTaskCardTheTicketCompanyClassificationAndSlaDue() {
        List<String> columns = TasklistFilters.columns().stream().map(column -> column.get("name")).toList();

        assertThat(columns).containsExactly("ticketNumber", "ticketCompany", "ticketPriority", "ticketSlaDue",
                "ticketSubject");
    }

    @Test
    void createsATeamFilterReadableByEachTeamsGroupWhateverTheDemoData() {
        for (String team : teams.ids()) {
            Filter filter = filterService.createTaskFilterQuery().filterName(TasklistFilters.teamFilterName(teams, team))
                    .singleResult();
            assertThat(filter).as(team).isNotNull();
            assertThat(filter.getProperties().get("variables")).isEqualTo(TasklistFilters.columns());
            assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(team)
                    .resourceType(org.camunda.bpm.engine.authorization.Resources.FILTER).resourceId(filter.getId())
                    .count()).as(team).isEqualTo(1);
        }
    }

    @Test
    void givesAFilterStillCarryingThePreviousDefaultColumnsTheNewOnes() {
        Filter old = filterService.newTaskFilter("Filtro antigo " + System.nanoTime())
                .setQuery(engine.getTaskService().createTaskQuery())
                .setProperties(new java.util.HashMap<>(Map.of("variables", TasklistFilters.PREVIOUS_COLUMNS)));
        filterService.saveFilter(old);
        Filter edited = filterService.newTaskFilter("Filtro editado " + System.nanoTime())
                .setQuery(engine.getTaskService().createTaskQuery())
                .setProperties(new java.util.HashMap<>(Map.of("variables", List.of(Map.of("name", "x", "label", "X")))));
        filterService.saveFilter(edited);
        try {
            filters.ensure(old.getName(), 99, "#000000", "antigo", engine.getTaskService().createTaskQuery(), Set.of());
            filters.ensure(edited.getName(), 99, "#000000", "editado", engine.getTaskService().createTaskQuery(), Set.of());

            assertThat(filterService.getFilter(old.getId()).getProperties().get("variables"))
                    .isEqualTo(TasklistFilters.columns());
            assertThat(filterService.getFilter(edited.getId()).getProperties().get("variables").toString()).contains("name=x");
        } finally {
            filterService.deleteFilter(old.getId());
            filterService.deleteFilter(edited.getId());
        }
    }

    @Test
    void showsAnAgentTheSharedFiltersAndOnlyItsOwnTeamFilter() {
        List<String> names = getList(rest, CARLA, "/engine-rest/filter?resourceType=Task").getBody().stream()
                .map(filter -> (String) filter.get("name")).toList();

        assertThat(names).containsExactlyInAnyOrder(TasklistFilters.MY_TEAM, TasklistFilters.MY_TASKS,
                TasklistFilters.SLA_DUE_TODAY, TasklistFilters.SLA_OVERDUE, TasklistFilters.SLA_WARNED,
                TasklistFilters.AWAITING_CUSTOMER, "Equipe Suporte Protheus");
    }

    @Test
    void listsInPrazoVencendoOnlyWarnedTasksStillWithinTheirTarget() {
        String warned = offerTicket(engine, PROTHEUS, Duration.ofHours(2));
        String quiet = offerTicket(engine, PROTHEUS, Duration.ofHours(2));
        String breached = offerTicket(engine, PROTHEUS, Duration.ofMinutes(-5));
        engine.getTaskService().setPriority(warned, TasklistFilters.WARNED_PRIORITY);
        engine.getTaskService().setPriority(breached, 100);

        List<String> tasks = ids(postList(rest, CARLA, "/engine-rest/filter/{id}/list", Map.of(),
                filterId(TasklistFilters.SLA_WARNED)));

        assertThat(tasks).contains(warned).doesNotContain(quiet, breached);
    }

    @Test
    void listsOnlyTheAgentsTeamTasksInMyTeam() {
        String protheusTask = offerTicket(engine, PROTHEUS, Duration.ofDays(3));
        String rmTask = offerTicket(engine, RM, Duration.ofDays(3));

        List<String> tasks = ids(postList(rest, CARLA, "/engine-rest/filter/{id}/list", Map.of(),
                filterId(TasklistFilters.MY_TEAM)));

        assertThat(tasks).contains(protheusTask).doesNotContain(rmTask);
    }

    @Test
    void listsOverdueTasksOnlyInSlaOverdue() {
        String overdue = offerTicket(engine, PROTHEUS, Duration.ofMinutes(-5));
        String later = offerTicket(engine, PROTHEUS, Duration.ofDays(3));

        List<String> tasks = ids(postList(rest, CARLA, "/engine-rest/filter/{id}/list", Map.of(),
                filterId(TasklistFilters.SLA_OVERDUE)));

        assertThat(tasks).contains(overdue).doesNotContain(later);
    }

    @Test
    void listsInSlaDueTodayOnlyTasksDueLaterToday() {
        Instant noon = LocalDate.now(ZoneId.systemDefault()).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
        ClockUtil.setCurrentTime(Date.from(noon));
        try {
            String overdue = offerTicket(engine, PROTHEUS, noon.minus(Duration.ofHours(1)));
            String dueThisAfternoon = offerTicket(engine, PROTHEUS, noon.plus(Duration.ofHours(3)));
            String dueTomorrow = offerTicket(engine, PROTHEUS, noon.plus(Duration.ofHours(13)));

            List<String> tasks = ids(postList(rest, CARLA, "/engine-rest/filter/{id}/list", Map.of(),
                    filterId(TasklistFilters.SLA_DUE_TODAY)));

            assertThat(tasks).contains(dueThisAfternoon).doesNotContain(overdue, dueTomorrow);
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void listsInTheTeamFilterOnlyThatTeamsTasks() {
        String protheusTask = offerTicket(engine, PROTHEUS, Duration.ofDays(3));
        String rmTask = offerTicket(engine, RM, Duration.ofDays(3));

        List<String> tasks = ids(postList(rest, "demo", "/engine-rest/filter/{id}/list", Map.of(),
                filterId(TasklistFilters.teamFilterName(teams, PROTHEUS))));

        assertThat(tasks).contains(protheusTask).doesNotContain(rmTask);
    }

    private String filterId(String name) {
        return filterService.createTaskFilterQuery().filterName(name).singleResult().getId();
    }
}
