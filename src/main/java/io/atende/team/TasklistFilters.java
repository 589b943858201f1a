package io.atende.team;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The saved Tasklist filters. A filter is created once, by name, and then belongs to the process
 * owner: later edits in Tasklist are never overwritten. Its READ grants are re-checked on every start.
 */
@Component
class TasklistFilters {

    static final String MY_TEAM = "Minha equipe";
    static final String MY_TASKS = "Minhas tarefas";
    static final String SLA_DUE_TODAY = "SLA vencendo hoje";
    static final String SLA_OVERDUE = "SLA vencido";
    static final String SLA_WARNED = "Prazo vencendo";
    static final String AWAITING_CUSTOMER = "Aguardando cliente";
    /** The lifecycle's task while the team waits for the customer (ticket.TicketProcess.TASK_AWAIT_CUSTOMER). */
    static final String AWAIT_CUSTOMER_TASK = "await-customer";
    /** The priority the SLA warning gives a task (WarnSlaDue); a breach gives 100. */
    static final int WARNED_PRIORITY = 75;
    static final String TEAM_PREFIX = "Equipe ";

    static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";
    /** Midnight ending today, in the JVM's time zone (run the JVM in America/Sao_Paulo). */
    static final String END_OF_TODAY = "${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}";
    static final String NOW = "${now()}";

    private final FilterService filterService;
    private final TaskService taskService;
    private final TeamAuthorizations authorizations;
    private final Teams teams;

    TasklistFilters(FilterService filterService, TaskService taskService, TeamAuthorizations authorizations,
            Teams teams) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizations = authorizations;
        this.teams = teams;
    }

    static String teamFilterName(Teams teams, String team) {
        return TEAM_PREFIX + teams.name(team);
    }

    void ensureFilters() {
        Set<String> everyTeam = teams.ids();
        ensure(MY_TEAM, 0, "#1f6feb", "Tarefas oferecidas às minhas equipes e as já assumidas, pelo prazo de SLA",
                taskService.createTaskQuery()
                        .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
                        .includeAssignedTasks()
                        .orderByDueDate().asc(),
                everyTeam);
        ensure(MY_TASKS, 1, "#2da44e", "Tarefas atribuídas a mim",
                taskService.createTaskQuery()
                        .taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate().asc(),
                everyTeam);
        ensure(SLA_DUE_TODAY, 2, "#d29922", "Tarefas das minhas equipes cujo SLA vence até o fim de hoje",
                taskService.createTaskQuery()
                        .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
                        .includeAssignedTasks()
                        .dueAfterExpression(NOW)
                        .dueBeforeExpression(END_OF_TODAY)
                        .orderByDueDate().asc(),
                everyTeam);
        ensure(SLA_OVERDUE, 3, "#cf222e", "Tarefas com o SLA já vencido",
                taskService.createTaskQuery()
                        .dueBeforeExpression(NOW)
                        .orderByDueDate().asc(),
                everyTeam);
        ensure(SLA_WARNED, 4, "#bc4c00", "Tarefas das minhas equipes já avisadas de que o prazo de SLA está "
                + "vencendo (aviso da tabela deadlines, no horário da equipe), ainda no prazo",
                taskService.createTaskQuery()
                        .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
                        .includeAssignedTasks()
                        .taskMinPriority(WARNED_PRIORITY)
                        .dueAfterExpression(NOW)
                        .orderByDueDate().asc(),
                everyTeam);
        ensure(AWAITING_CUSTOMER, 5, "#57606a", "Tickets das minhas equipes à espera da resposta do cliente (sem prazo "
                + "de SLA correndo), os mais antigos primeiro. A resposta do cliente tira o ticket daqui; conclua a "
                + "tarefa só para retomar a análise sem ela",
                taskService.createTaskQuery()
                        .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
                        .includeAssignedTasks()
                        .taskDefinitionKey(AWAIT_CUSTOMER_TASK)
                        .orderByTaskCreateTime().asc(),
                everyTeam);
        int priority = 10;
        for (String team : teams.ids()) {
            ensure(teamFilterName(teams, team), priority++, "#8250df", "Tarefas oferecidas à equipe " + teams.name(team),
                    taskService.createTaskQuery()
                            .taskCandidateGroup(team)
                            .includeAssignedTasks()
                            .orderByDueDate().asc(),
                    Set.of(team));
        }
    }

    void ensure(String name, int priority, String color, String description, TaskQuery query,
            Set<String> readers) {
        Filter filter = filterService.createTaskFilterQuery().filterName(name).list().stream().findFirst()
                .orElse(null);
        if (filter == null) {
            filter = filterService.newTaskFilter(name)
                    .setQuery(query)
                    .setProperties(properties(priority, color, description));
            filterService.saveFilter(filter);
        } else if (PREVIOUS_COLUMNS.equals(filter.getProperties().get("variables"))) {
            // still the columns an earlier Atende created, never edited: give it the per-row fields of today
            Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
            properties.put("variables", columns());
            filterService.saveFilter(filter.setProperties(properties));
        }
        for (String group : readers) {
            authorizations.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }

    private static Map<String, Object> properties(int priority, String color, String description) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("color", color);
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", columns());
        return properties;
    }

    /**
     * What an agent needs on each task card: the task-local variables {@code PresentTicket} puts on
     * every ticket task (the SLA due is text already in Brasília time).
     */
    static List<Map<String, String>> columns() {
        List<Map<String, String>> columns = new ArrayList<>();
        columns.add(column("ticketNumber", "Chamado"));
        columns.add(column("ticketCompany", "Empresa"));
        columns.add(column("ticketPriority", "Classificação"));
        columns.add(column("ticketSlaDue", "SLA vence em"));
        columns.add(column("ticketSubject", "Assunto"));
        return columns;
    }

    /** The columns filters were created with before the per-row fields (issue 16). */
    static final List<Map<String, String>> PREVIOUS_COLUMNS = List.of(column("ticketNumber", "Chamado"),
            column("ticketSubject", "Assunto"), column("ticketPriority", "Prioridade"));

    private static Map<String, String> column(String name, String label) {
        Map<String, String> column = new LinkedHashMap<>();
        column.put("name", name);
        column.put("label", label);
        return column;
    }
}
