package io.atende.reporting.web;

import io.atende.reporting.internal.ManagersDashboard;
import io.atende.reporting.internal.ManagersDashboard.Table;
import io.atende.reporting.OpenedCounts;
import io.atende.reporting.internal.QueueHistory;
import io.atende.team.SignedInAgent;
import io.atende.team.Teams;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' dashboard (issue 15; R16, R20, R21, R13): team leads ({@code lideres-<team>}) read their teams'
 * figures, process administrators every team's; a period (Brasília dates) and a team filter; every table also as
 * CSV. Charts are drawn by Chart.js, served by the application (webjar), under a CSP that allows only the
 * application's own scripts.
 */
@Controller
class ManagersDashboardPage {

    static final String PATH = "/equipe/painel";
    static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
    static final int MAX_DAYS = 366;
    /** This page runs the application's own scripts (the charts); the other staff pages none. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Teams teams;
    private final ManagersDashboard dashboard;
    private final QueueHistory queues;
    private final OpenedCounts openedCounts;
    private final Clock clock;

    ManagersDashboardPage(Teams teams, ManagersDashboard dashboard, QueueHistory queues,
            OpenedCounts openedCounts, Clock clock) {
        this.openedCounts = openedCounts;
        this.teams = teams;
        this.dashboard = dashboard;
        this.queues = queues;
        this.clock = clock;
    }

    /** The period and teams asked for, checked. */
    private record Query(LocalDate from, LocalDate to, String team, List<String> teams, boolean allTeams) {

        Instant start() {
            return from.atStartOfDay(BRASILIA).toInstant();
        }

        Instant end() {
            return to.plusDays(1).atStartOfDay(BRASILIA).toInstant();
        }
    }

    @GetMapping(PATH)
    String page(@RequestParam(name = "de", required = false) String from,
            @RequestParam(name = "ate", required = false) String to,
            @RequestParam(name = "equipe", required = false) String team, @AuthenticationPrincipal SignedInAgent agent,
            HttpServletResponse response, Model model) {
        response.setHeader("Content-Security-Policy", CSP);
        List<String> allowed = allowedTeams(agent);
        model.addAttribute("equipes", allowed.stream().collect(Collectors.toMap(t -> t, teams::name, (a, b) -> a,
                LinkedHashMap::new)));
        Query query;
        try {
            query = query(from, to, team, allowed, agent);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("erro", e.getMessage());
            model.addAttribute("de", from);
            model.addAttribute("ate", to);
            model.addAttribute("equipe", team);
            model.addAttribute("tabelas", List.of());
            return "equipe/painel";
        }
        model.addAttribute("de", query.from().toString());
        model.addAttribute("ate", query.to().toString());
        model.addAttribute("equipe", query.team());
        List<Table> tables = tables(query);
        model.addAttribute("tabelas", tables);
        model.addAttribute("csv", "?de=" + query.from() + "&ate=" + query.to()
                + (query.team() == null ? "" : "&equipe=" + query.team()));
        model.addAttribute("graficos", charts(tables));
        return "equipe/painel";
    }

    @GetMapping(PATH + ".csv")
    String csv(@RequestParam(name = "tabela", required = false) String id,
            @RequestParam(name = "de", required = false) String from,
            @RequestParam(name = "ate", required = false) String to,
            @RequestParam(name = "equipe", required = false) String team, @AuthenticationPrincipal SignedInAgent agent,
            HttpServletResponse response, Model model) throws IOException {
        List<String> allowed = allowedTeams(agent);
        Query query;
        try {
            query = query(from, to, team, allowed, agent);
        } catch (IllegalArgumentException e) {
            return plain(response, HttpStatus.BAD_REQUEST, e.getMessage());
        }
        List<Table> tables = tables(query);
        Optional<Table> table = tables.stream().filter(t -> t.id().equals(id)).findFirst();
        if (table.isEmpty()) {
            return plain(response, HttpStatus.NOT_FOUND, "Tabela desconhecida: use tabela=" + tables.stream()
                    .map(Table::id).collect(Collectors.joining(", tabela=")) + ".");
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"painel-" + id + "-" + query.from() + "-a-"
                + query.to() + ".csv\"");
        response.getOutputStream().write(Csv.of(table.get()).getBytes(StandardCharsets.UTF_8));
        return null;
    }

    private static String plain(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
        return null;
    }

    private List<Table> tables(Query q) {
        List<Table> tables = new ArrayList<>();
        List<OpenedCounts.Count> opened = openedCounts.of(q.from(), q.to(), q.teams());
        tables.add(dashboard.slaCompliance(opened));
        tables.add(dashboard.firstResponse(opened));
        tables.add(dashboard.backlog(q.teams()));
        tables.add(queues.daily(q.from(), q.to(), q.teams()));
        tables.add(dashboard.perChannel(opened));
        tables.add(dashboard.perProduct(opened));
        tables.add(dashboard.transfers(opened));
        tables.add(dashboard.satisfaction(q.start(), q.end(), q.teams()));
        tables.add(dashboard.badComments(q.start(), q.end(), q.teams()));
        if (q.allTeams() || q.teams().contains("ouvidoria")) {
            tables.add(dashboard.ouvidoria(q.start(), q.end()));
        }
        return tables;
    }

    /** Chart data per canvas: SLA % per team, tickets per channel, first-response buckets of all teams shown. */
    private static List<Map<String, String>> charts(List<Table> tables) {
        List<Map<String, String>> charts = new ArrayList<>();
        Map<String, Table> byId = tables.stream().collect(Collectors.toMap(Table::id, t -> t));
        Table sla = byId.get("sla");
        Map<String, long[]> perTeam = new LinkedHashMap<>();
        for (List<String> row : sla.rows()) {
            long[] c = perTeam.computeIfAbsent(row.get(0), t -> new long[2]);
            c[0] += Long.parseLong(row.get(2));
            c[1] += Long.parseLong(row.get(3));
        }
        charts.add(chart("grafico-sla", "bar", "% no prazo", new ArrayList<>(perTeam.keySet()),
                perTeam.values().stream().map(c -> c[0] == 0 ? "0" : String.valueOf(Math.round(1000.0 * c[1] / c[0]) / 10.0))
                        .toList()));
        Table channels = byId.get("canal");
        charts.add(chart("grafico-canal", "doughnut", "Tickets por canal", channels.rows().stream().map(r -> r.get(0)).toList(),
                channels.rows().stream().map(r -> r.get(1)).toList()));
        Table response = byId.get("resposta");
        List<String> buckets = response.columns().subList(1, response.columns().size());
        long[] sums = new long[buckets.size()];
        for (List<String> row : response.rows()) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += Long.parseLong(row.get(i + 1));
            }
        }
        List<String> values = new ArrayList<>();
        for (long sum : sums) {
            values.add(String.valueOf(sum));
        }
        charts.add(chart("grafico-resposta", "bar", "Tickets", buckets, values));
        charts.add(backlogChart(byId.get("fila-diaria")));
        return charts;
    }

    /** One line per team: its open tickets at the end of each day (the table's last column). */
    private static Map<String, String> backlogChart(Table daily) {
        List<String> days = daily.rows().stream().map(r -> r.get(0)).distinct().toList();
        Map<String, Map<String, String>> perTeam = new LinkedHashMap<>();
        for (List<String> row : daily.rows()) {
            perTeam.computeIfAbsent(row.get(1), t -> new LinkedHashMap<>()).put(row.get(0), row.get(row.size() - 1));
        }
        Map<String, String> chart = chart("grafico-fila", "line", "Fila ao fim do dia", days, List.of());
        chart.put("series", perTeam.entrySet().stream().map(e -> "{\"label\":" + json(e.getKey()) + ",\"data\":"
                + days.stream().map(d -> e.getValue().getOrDefault(d, "0")).collect(Collectors.joining(",", "[", "]"))
                + "}").collect(Collectors.joining(",", "[", "]")));
        return chart;
    }

    private static Map<String, String> chart(String id, String type, String title, List<String> labels, List<String> values) {
        Map<String, String> chart = new LinkedHashMap<>();
        chart.put("id", id);
        chart.put("tipo", type);
        chart.put("titulo", title);
        chart.put("rotulos", labels.stream().map(ManagersDashboardPage::json).collect(Collectors.joining(",", "[", "]")));
        chart.put("valores", String.join(",", values).transform(v -> "[" + v + "]"));
        chart.put("series", null); // several series (JSON) instead of valores: the backlog chart
        return chart;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private Query query(String from, String to, String team, List<String> allowed, SignedInAgent agent) {
        LocalDate today = LocalDate.now(clock.withZone(BRASILIA));
        LocalDate end = date(to, "ate", today);
        LocalDate start = date(from, "de", end.minusDays(29));
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("A data inicial (" + start + ") é depois da final (" + end + ").");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new IllegalArgumentException("Escolha um período de até " + MAX_DAYS + " dias.");
        }
        if (team != null && !team.isBlank()) {
            if (!allowed.contains(team)) {
                throw new IllegalArgumentException("Você não lidera a equipe '" + team + "'. Escolha uma das suas "
                        + "equipes na lista.");
            }
            return new Query(start, end, team, List.of(team), false);
        }
        return new Query(start, end, null, allowed, agent.groupIds().contains(Groups.CAMUNDA_ADMIN));
    }

    private static LocalDate date(String text, String field, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("A data '" + field + "' precisa estar no formato AAAA-MM-DD, como "
                    + "2026-11-01.");
        }
        // a year such as +999999999 parses, and the period's end (the next day's start) overflowed: 500 (issue 24)
        if (date.getYear() < 1900 || date.getYear() > 9999) {
            throw new IllegalArgumentException("A data '" + field + "' precisa estar entre 1900-01-01 e 9999-12-31.");
        }
        return date;
    }

    /** Administrators every team; a lead the teams whose lead group they are in. */
    private List<String> allowedTeams(SignedInAgent agent) {
        if (agent.groupIds().contains(Groups.CAMUNDA_ADMIN)) {
            return new ArrayList<>(teams.ids());
        }
        return teams.ids().stream().filter(t -> agent.groupIds().contains(teams.leadGroupOf(t))).toList();
    }
}
