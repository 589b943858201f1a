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

    @Test
    void savesTheSharedFiltersWithTicketColumns() {
        for (String name : List.of(TasklistFilters.MY_TEAM, TasklistFilters.MY_TASKS, TasklistFilters.SLA_DUE_TODAY,
                TasklistFilters.SLA_OVERDUE)) {
            Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
            assertThat(filter).as(name).isNotNull();
            assertThat(filter.getProperties()).containsEntry("refresh", true).containsKeys("color", "priority", "description");
            assertThat(filter.getProperties().get("variables").toString())
                    .contains("ticketNumber", "ticketSubject", "ticketPriority");
        }
    }

    @Test
    void showsAnAgentTheSharedFiltersAndOnlyItsOwnTeamFilter() {
        List<String> names = getList(rest, CARLA, "/engine-rest/filter?resourceType=Task").getBody().stream()
                .map(filter -> (String) filter.get("name")).toList();

        assertThat(names).containsExactlyInAnyOrder(TasklistFilters.MY_TEAM, TasklistFilters.MY_TASKS,
                TasklistFilters.SLA_DUE_TODAY, TasklistFilters.SLA_OVERDUE, "Equipe Suporte Protheus");
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
