package io.atende.reporting.internal;

import io.atende.reporting.internal.ManagersDashboard.Table;
import io.atende.ticket.TicketStatistics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The backlog over time (issue 15): open tickets per team and status at the end of each Brasília day of a period.
 * Every move of a ticket between queues is kept by the ticket module as it changes ({@link
 * TicketStatistics#queueMoves}), so the backlog at the end of a day is today's backlog minus the moves made after
 * that day. The moves of finished days are summed per day, team and status into {@code ticket_queue_day}
 * ({@link #rollUp()}, hourly by
 * {@link QueueRollupSchedule}, one node at a time), so a year reads at most a few thousand rows; only the days not rolled up yet read the moves.
 */
@Component
public class QueueHistory {

    static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
    /** A day is rolled up once it ended this long ago: a transaction that moved a ticket just before midnight has committed. */
    static final Duration SETTLE = Duration.ofHours(1);
    /** Days rolled up in one run at most (the first run after the migration may find a year of moves). */
    public static final int DAYS_PER_RUN = 400;
    private static final Logger log = LoggerFactory.getLogger(QueueHistory.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final TicketStatistics tickets;
    private final Clock clock;

    QueueHistory(NamedParameterJdbcTemplate jdbc, TicketStatistics tickets, Clock clock) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.clock = clock;
    }

    /**
     * Open tickets at the end of each day from {@code from} to {@code to} (days after today are left out; today's
     * row is the backlog now), one row per day and team that had open tickets in the period.
     */
    @Transactional(readOnly = true)
    public Table daily(LocalDate from, LocalDate to, Collection<String> teams) {
        LocalDate today = LocalDate.now(clock.withZone(BRASILIA));
        LocalDate last = to.isAfter(today) ? today : to;
        List<String> statuses = ManagersDashboard.OPEN_STATUSES;
        List<String> columns = new ArrayList<>();
        columns.add("Dia");
        columns.add("Equipe");
        columns.addAll(statuses);
        columns.add("Total");
        Table table = new Table("fila-diaria", "Fila ao fim de cada dia, por equipe e situação", columns, new ArrayList<>());
        if (last.isBefore(from)) {
            return table;
        }
        // now: the backlog per team and status
        Map<String, long[]> running = new TreeMap<>();
        tickets.backlog(teams, statuses).forEach(b -> add(running, b.team(), b.status(), b.tickets(), statuses));
        // the moves of each day after the period's first one, to walk back from now (moves dated after today too: a
        // node's clock ahead of this one's, or tests that set the engine clock back)
        Map<LocalDate, Map<String, long[]>> moves = movesAfter(from, today, teams, statuses);
        TreeSet<String> shown = new TreeSet<>(running.keySet());
        moves.values().forEach(m -> shown.addAll(m.keySet()));
        moves.forEach((day, moved) -> {
            if (day.isAfter(today)) {
                undo(running, moved);
            }
        });
        List<List<String>> rows = new ArrayList<>();
        for (LocalDate day = today; !day.isBefore(from); day = day.minusDays(1)) {
            if (!day.isAfter(last)) {
                for (String team : shown.descendingSet()) {
                    rows.add(row(day, team, running.getOrDefault(team, new long[statuses.size()])));
                }
            }
            undo(running, moves.getOrDefault(day, Map.of()));
        }
        java.util.Collections.reverse(rows);
        table.rows().addAll(dropSilentTeams(rows));
        return table;
    }

    private static void undo(Map<String, long[]> running, Map<String, long[]> moved) {
        moved.forEach((team, delta) -> {
            long[] counts = running.computeIfAbsent(team, t -> new long[delta.length]);
            for (int i = 0; i < counts.length; i++) {
                counts[i] -= delta[i];
            }
        });
    }

    /** Teams whose backlog was zero every day of the period are left out. */
    private static List<List<String>> dropSilentTeams(List<List<String>> rows) {
        Map<String, Boolean> busy = new HashMap<>();
        for (List<String> row : rows) {
            busy.merge(row.get(1), !row.get(row.size() - 1).equals("0"), Boolean::logicalOr);
        }
        return rows.stream().filter(r -> busy.get(r.get(1))).toList();
    }

    private static List<String> row(LocalDate day, String team, long[] counts) {
        List<String> row = new ArrayList<>();
        row.add(day.toString());
        row.add(team.isEmpty() ? "(sem equipe)" : team);
        long total = 0;
        for (long c : counts) {
            row.add(String.valueOf(c));
            total += c;
        }
        row.add(String.valueOf(total));
        return row;
    }

    /**
     * Net moves per day after {@code from}, by team then open status: the rolled-up days from their table, the
     * later ones from the moves, day by day up to today, then everything after today under {@link LocalDate#MAX}.
     */
    private Map<LocalDate, Map<String, long[]>> movesAfter(LocalDate from, LocalDate today, Collection<String> teams,
            List<String> statuses) {
        Map<LocalDate, Map<String, long[]>> moves = new HashMap<>();
        LocalDate rolled = rolledThrough();
        LocalDate live = from.plusDays(1);
        if (rolled != null && rolled.isAfter(from)) {
            jdbc.query("""
                    select on_day, team, status, delta from ticket_queue_day
                    where on_day > :from and on_day <= :rolled and team in (:teams) and status in (:open)""",
                    new MapSqlParameterSource("from", from).addValue("rolled", rolled).addValue("teams", teams)
                            .addValue("open", statuses),
                    rs -> {
                        add(moves.computeIfAbsent(rs.getObject("on_day", LocalDate.class), d -> new TreeMap<>()),
                                rs.getString("team"), rs.getString("status"), rs.getLong("delta"), statuses);
                    });
            live = rolled.plusDays(1);
        }
        for (LocalDate day = live; !day.isAfter(today); day = day.plusDays(1)) {
            moves.put(day, moves(start(day), start(day.plusDays(1)), teams, statuses));
        }
        LocalDate after = live.isAfter(today) ? live : today.plusDays(1);
        moves.put(LocalDate.MAX, moves(start(after), Instant.parse("9999-01-01T00:00:00Z"), teams, statuses));
        return moves;
    }

    private Map<String, long[]> moves(Instant from, Instant to, Collection<String> teams, List<String> statuses) {
        Map<String, long[]> moved = new TreeMap<>();
        moves(from, to, (team, status, delta) -> {
            if (teams.contains(team)) {
                add(moved, team, status, delta, statuses);
            }
        });
        return moved;
    }

    private static void add(Map<String, long[]> perTeam, String team, String status, long n, List<String> statuses) {
        int i = statuses.indexOf(status);
        if (i >= 0) {
            perTeam.computeIfAbsent(team, t -> new long[statuses.size()])[i] += n;
        }
    }

    private interface MoveSink {
        void accept(String team, String status, long delta);
    }

    /** The net moves of one day, by team ('' for none) and status: into the queue +1, out of it -1. */
    private void moves(Instant from, Instant to, MoveSink sink) {
        tickets.queueMoves(from, to).forEach(m -> sink.accept(m.team(), m.status(), m.delta()));
    }

    private LocalDate rolledThrough() {
        return jdbc.getJdbcOperations().queryForObject("select rolled_through from ticket_queue_rollup where id = 1",
                LocalDate.class);
    }

    /**
     * Sums the moves of the finished days not rolled up yet into {@code ticket_queue_day}. The rollup row is locked
     * first, so two nodes never roll the same day.
     *
     * @return the days rolled up
     */
    @Transactional
    public int rollUp() {
        LocalDate rolled = jdbc.getJdbcOperations().queryForObject(
                "select rolled_through from ticket_queue_rollup where id = 1 for update", LocalDate.class);
        Instant now = clock.instant();
        LocalDate lastDone = now.minus(SETTLE).atZone(BRASILIA).toLocalDate().minusDays(1);
        LocalDate next;
        if (rolled != null) {
            next = rolled.plusDays(1);
        } else {
            next = tickets.firstQueueMove().map(first -> first.atZone(BRASILIA).toLocalDate())
                    .orElse(lastDone.plusDays(1));
        }
        int days = 0;
        LocalDate day = next;
        for (; !day.isAfter(lastDone) && days < DAYS_PER_RUN; day = day.plusDays(1), days++) {
            LocalDate d = day;
            List<MapSqlParameterSource> rows = new ArrayList<>();
            moves(start(day), start(day.plusDays(1)), (team, status, delta) -> {
                if (delta != 0) {
                    rows.add(new MapSqlParameterSource("day", d).addValue("team", team).addValue("status", status)
                            .addValue("delta", delta));
                }
            });
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("insert into ticket_queue_day (on_day, team, status, delta) values (:day, :team, :status, :delta)",
                        rows.toArray(MapSqlParameterSource[]::new));
            }
        }
        LocalDate through = day.minusDays(1);
        if (rolled == null || through.isAfter(rolled)) {
            jdbc.update("update ticket_queue_rollup set rolled_through = :day where id = 1",
                    new MapSqlParameterSource("day", through));
        }
        if (days > 0) {
            log.info("Backlog over time: {} day(s) rolled up, through {}", days, through);
        }
        return days;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(BRASILIA).toInstant();
    }
}
