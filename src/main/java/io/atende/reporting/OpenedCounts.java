package io.atende.reporting;

import io.atende.reporting.internal.ManagersDashboard;
import io.atende.ticket.TicketStatistics;
import io.atende.ticket.TicketStatistics.ClosedTicket;
import io.atende.ticket.TicketStatistics.OpenedGroup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tickets opened in a period, counted per team, classification, channel and product (issue 15): how many, how
 * many missed the support target (R20), how many were transferred (R16), and how long the first answer took. A
 * closed ticket no longer changes, so {@link #rollUp()} adds the closed ones to {@code ticket_opened_day} (one row per
 * Brasília opening day and combination) and has the ticket module mark them counted
 * ({@link TicketStatistics#markCounted}); a period reads those rows plus the tickets not counted yet (open ones,
 * recently closed ones, {@link TicketStatistics#openedNotCounted}, through the {@code (counted, opened_at)} index).
 * A year of a million tickets then reads a few thousand rows instead of half a million tickets.
 */
@Component
public class OpenedCounts {

    static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
    /** Tickets counted in one transaction of the rollup. */
    static final int BATCH = 5_000;
    /** First-answer buckets, as {@link ManagersDashboard#BUCKET_NAMES}: at most 1, 4, 8, 24 hours, later, none. */
    static final Duration[] BUCKET_LIMITS = TicketStatistics.FIRST_ANSWER_LIMITS.toArray(Duration[]::new);
    private static final Logger log = LoggerFactory.getLogger(OpenedCounts.class);

    /** One combination's counts: tickets, breached, transferred, then the six first-answer buckets. */
    public record Count(String team, String priority, String channel, String product, long[] values) {

        static final int TICKETS = 0;
        static final int BREACHED = 1;
        static final int TRANSFERRED = 2;
        static final int BUCKETS = 3;
        static final int SIZE = BUCKETS + 6;

        public long tickets() {
            return values[TICKETS];
        }

        public long breached() {
            return values[BREACHED];
        }

        public long transferred() {
            return values[TRANSFERRED];
        }

        public long bucket(int i) {
            return values[BUCKETS + i];
        }
    }

    private record Key(String team, String priority, String channel, String product) {
    }

    private static final String VALUE_COLUMNS = "tickets, breached, transferred, answered_1h, answered_4h, answered_8h, "
            + "answered_24h, answered_later, unanswered";

    private static final String[] COLUMNS = VALUE_COLUMNS.split(", ");
    /** Adds a batch's counts to a day's row (0 rows: the day and combination have none yet). */
    private static final String ADD_TO_DAY = "update ticket_opened_day set "
            + String.join(", ", java.util.Arrays.stream(COLUMNS).map(c -> c + " = " + c + " + :" + c).toList())
            + " where on_day = :day and team = :team and priority = :priority and channel = :channel and product = :product";
    private static final String NEW_DAY = "insert into ticket_opened_day (on_day, team, priority, channel, product, "
            + VALUE_COLUMNS + ") values (:day, :team, :priority, :channel, :product, :" + String.join(", :", COLUMNS) + ")";

    private final NamedParameterJdbcTemplate jdbc;
    private final TicketStatistics tickets;
    private final TransactionTemplate transactions;

    OpenedCounts(NamedParameterJdbcTemplate jdbc, TicketStatistics tickets, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The counts of the tickets opened from {@code from} to {@code to} (Brasília days, both included). */
    @Transactional(readOnly = true)
    public List<Count> of(LocalDate from, LocalDate to, Collection<String> teams) {
        Map<Key, long[]> counts = new LinkedHashMap<>();
        jdbc.query("select team, priority, channel, product, sum(tickets) as tickets, sum(breached) as breached, "
                + "sum(transferred) as transferred, sum(answered_1h) as b0, sum(answered_4h) as b1, sum(answered_8h) as b2, "
                + "sum(answered_24h) as b3, sum(answered_later) as b4, sum(unanswered) as b5 from ticket_opened_day "
                + "where on_day >= :from and on_day <= :to and team in (:teams) group by team, priority, channel, product",
                new MapSqlParameterSource("from", from).addValue("to", to).addValue("teams", teams),
                rs -> { add(counts, rs); });
        for (OpenedGroup g : tickets.openedNotCounted(start(from), start(to.plusDays(1)), teams)) {
            long[] values = values(counts, new Key(g.team(), g.priority(), g.channel(), g.product()));
            values[Count.TICKETS] += g.tickets();
            values[Count.BREACHED] += g.breached();
            values[Count.TRANSFERRED] += g.transferred();
            for (int b = 0; b < 6; b++) {
                values[Count.BUCKETS + b] += g.firstAnswer()[b];
            }
        }
        List<Count> result = new ArrayList<>();
        counts.forEach((k, v) -> result.add(new Count(k.team(), k.priority(), k.channel(), k.product(), v)));
        return result;
    }

    private static void add(Map<Key, long[]> counts, ResultSet rs) throws SQLException {
        long[] values = values(counts, new Key(rs.getString("team"), rs.getString("priority"), rs.getString("channel"),
                rs.getString("product")));
        values[Count.TICKETS] += rs.getLong("tickets");
        values[Count.BREACHED] += rs.getLong("breached");
        values[Count.TRANSFERRED] += rs.getLong("transferred");
        for (int i = 0; i < 6; i++) {
            values[Count.BUCKETS + i] += rs.getLong("b" + i);
        }
    }

    private static long[] values(Map<Key, long[]> counts, Key key) {
        return counts.computeIfAbsent(key, k -> new long[Count.SIZE]);
    }

    /**
     * Adds the closed tickets not counted yet to their opening day's rows, {@link #BATCH} per transaction, each
     * under the lock of the backlog rollup's row so that two nodes never count the same ticket.
     *
     * @return the tickets counted
     */
    public int rollUp() {
        int total = 0;
        Integer counted;
        do {
            counted = transactions.execute(status -> rollUpBatch());
            total += counted;
        } while (counted == BATCH);
        if (total > 0) {
            log.info("Dashboard counts: {} closed ticket(s) counted per opening day", total);
        }
        return total;
    }

    private int rollUpBatch() {
        jdbc.getJdbcOperations().queryForObject("select id from ticket_queue_rollup where id = 1 for update",
                Integer.class);
        Map<LocalDate, Map<Key, long[]>> perDay = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        for (ClosedTicket t : tickets.closedNotCounted(BATCH)) {
            ids.add(t.id());
            long[] values = perDay.computeIfAbsent(t.openedAt().atZone(BRASILIA).toLocalDate(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(new Key(t.team(), t.priority(), t.channel(), t.product()), k -> new long[Count.SIZE]);
            values[Count.TICKETS]++;
            values[Count.BREACHED] += t.breached() ? 1 : 0;
            values[Count.TRANSFERRED] += t.transferCount() > 0 ? 1 : 0;
            values[Count.BUCKETS + bucket(t.openedAt(), t.firstResponseAt())]++;
        }
        perDay.forEach((day, counts) -> counts.forEach((key, values) -> {
            MapSqlParameterSource row = new MapSqlParameterSource("day", day).addValue("team", key.team())
                    .addValue("priority", key.priority()).addValue("channel", key.channel())
                    .addValue("product", key.product());
            for (int i = 0; i < COLUMNS.length; i++) {
                row.addValue(COLUMNS[i], values[i]);
            }
            if (jdbc.update(ADD_TO_DAY, row) == 0) {
                jdbc.update(NEW_DAY, row);
            }
        }));
        tickets.markCounted(ids);
        return ids.size();
    }

    /** The first-answer bucket (0…5) of a ticket, by the same limits as the live query. */
    static int bucket(Instant opened, Instant answered) {
        if (answered == null) {
            return 5;
        }
        for (int i = 0; i < BUCKET_LIMITS.length; i++) {
            if (!answered.isAfter(opened.plus(BUCKET_LIMITS[i]))) {
                return i;
            }
        }
        return 4;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(BRASILIA).toInstant();
    }
}
