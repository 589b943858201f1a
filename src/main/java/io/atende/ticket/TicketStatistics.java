package io.atende.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over all tickets, for operations and reports: the read API of the ticket tables ({@code ticket},
 * {@code ticket_sla_breach}, {@code ticket_queue_change}) for other modules, which never query them themselves
 * (issue 24). The queries are aggregates written for the indexes of those tables; the team condition is written
 * {@code coalesce(team, '') in (…)} on purpose: H2 would otherwise read the (team, status) index, i.e. a team's whole
 * history, instead of the range of the (counted, opened_at) or status index.
 */
@Service
@Transactional(readOnly = true)
public class TicketStatistics {

    /**
     * The limits of the first-answer buckets of {@link OpenedGroup#firstAnswer()}: answered within 1 hour of the
     * opening, within 4, 8 and 24 hours; then later and not answered yet.
     */
    public static final List<Duration> FIRST_ANSWER_LIMITS = List.of(Duration.ofHours(1), Duration.ofHours(4),
            Duration.ofHours(8), Duration.ofHours(24));

    /** Open tickets of a team ({@code ""} for none) in a status. */
    public record Backlog(String team, String status, long tickets) {
    }

    /** The net moves of tickets into ({@code delta > 0}) and out of a team's ({@code ""} for none) status. */
    public record QueueMove(String team, String status, long delta) {
    }

    /**
     * Tickets opened in a period, per team, classification, channel and product ({@code ""} for none): how many,
     * how many missed the support target, how many were transferred, and the six first-answer buckets (see
     * {@link #FIRST_ANSWER_LIMITS}).
     */
    public record OpenedGroup(String team, String priority, String channel, String product, long tickets,
            long breached, long transferred, long[] firstAnswer) {
    }

    /** A closed ticket not counted yet by the reports' daily rollup. */
    public record ClosedTicket(long id, Instant openedAt, String team, String priority, String channel,
            String product, Instant firstResponseAt, int transferCount, boolean breached) {
    }

    private final Tickets tickets;
    private final NamedParameterJdbcTemplate jdbc;

    TicketStatistics(Tickets tickets, NamedParameterJdbcTemplate jdbc) {
        this.tickets = tickets;
        this.jdbc = jdbc;
    }

    /** Open tickets (not closed) per team group id. */
    public Map<String, Long> openTicketsPerTeam() {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : tickets.countByTeamIn(EnumSet.copyOf(java.util.Arrays.stream(TicketStatus.values())
                .filter(s -> !s.isClosed()).toList()))) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Tickets now in one of {@code statuses}, per team ({@code ""} for none, if asked for) and status, sorted. */
    public List<Backlog> backlog(Collection<String> teams, Collection<String> statuses) {
        List<Backlog> rows = new ArrayList<>();
        jdbc.query("""
                select coalesce(team, '') as team, status, count(*) as total from ticket
                where coalesce(team, '') in (:teams) and status in (:open)
                group by team, status order by team, status""",
                new MapSqlParameterSource("teams", teams).addValue("open", statuses),
                rs -> { rows.add(new Backlog(rs.getString("team"), rs.getString("status"), rs.getLong("total"))); });
        return rows;
    }

    /**
     * The net moves between queues (a ticket's team or status changed) from {@code from} (included) to {@code to},
     * per team ({@code ""} for none) and status: into a queue +1, out of it -1.
     */
    public List<QueueMove> queueMoves(Instant from, Instant to) {
        List<QueueMove> moves = new ArrayList<>();
        jdbc.query("""
                select team, status, sum(n) as delta from (
                  select coalesce(to_team, '') as team, to_status as status, 1 as n from ticket_queue_change
                  where at >= :from and at < :to
                  union all
                  select coalesce(from_team, ''), from_status, -1 from ticket_queue_change
                  where at >= :from and at < :to and from_status is not null
                ) m group by team, status""",
                new MapSqlParameterSource("from", utc(from)).addValue("to", utc(to)),
                rs -> { moves.add(new QueueMove(rs.getString("team"), rs.getString("status"), rs.getLong("delta"))); });
        return moves;
    }

    /** The instant of the first move between queues, if any ticket ever moved. */
    public Optional<Instant> firstQueueMove() {
        OffsetDateTime first = jdbc.getJdbcOperations().queryForObject("select min(at) from ticket_queue_change",
                OffsetDateTime.class);
        return Optional.ofNullable(first).map(OffsetDateTime::toInstant);
    }

    /**
     * The tickets opened from {@code from} (included) to {@code to} that {@link #markCounted} has not marked, of
     * the given teams ({@code ""}: without a team), through the {@code (counted, opened_at)} index.
     */
    public List<OpenedGroup> openedNotCounted(Instant from, Instant to, Collection<String> teams) {
        List<OpenedGroup> groups = new ArrayList<>();
        jdbc.query("""
                select coalesce(t.team, '') as team, coalesce(t.priority, '') as priority, t.channel,
                  coalesce(t.product, '') as product, count(*) as tickets,
                  sum(case when exists (select 1 from ticket_sla_breach b where b.ticket_id = t.id and b.target = 'SUPPORT')
                      then 1 else 0 end) as breached,
                  sum(case when t.transfer_count > 0 then 1 else 0 end) as transferred,
                  sum(case when t.first_response_at <= t.opened_at + interval '1' hour then 1 else 0 end) as b0,
                  sum(case when t.first_response_at > t.opened_at + interval '1' hour
                            and t.first_response_at <= t.opened_at + interval '4' hour then 1 else 0 end) as b1,
                  sum(case when t.first_response_at > t.opened_at + interval '4' hour
                            and t.first_response_at <= t.opened_at + interval '8' hour then 1 else 0 end) as b2,
                  sum(case when t.first_response_at > t.opened_at + interval '8' hour
                            and t.first_response_at <= t.opened_at + interval '24' hour then 1 else 0 end) as b3,
                  sum(case when t.first_response_at > t.opened_at + interval '24' hour then 1 else 0 end) as b4,
                  sum(case when t.first_response_at is null then 1 else 0 end) as b5
                from ticket t
                where t.counted = false and t.opened_at >= :from and t.opened_at < :to and coalesce(t.team, '') in (:teams)
                group by t.team, t.priority, t.channel, t.product""",
                new MapSqlParameterSource("from", utc(from)).addValue("to", utc(to)).addValue("teams", teams), rs -> {
                    long[] buckets = new long[FIRST_ANSWER_LIMITS.size() + 2];
                    for (int i = 0; i < buckets.length; i++) {
                        buckets[i] = rs.getLong("b" + i);
                    }
                    groups.add(new OpenedGroup(rs.getString("team"), rs.getString("priority"), rs.getString("channel"),
                            rs.getString("product"), rs.getLong("tickets"), rs.getLong("breached"),
                            rs.getLong("transferred"), buckets));
                });
        return groups;
    }

    /**
     * At most {@code max} closed tickets that {@link #markCounted} has not marked. Runs in the caller's transaction,
     * which marks what it counted before it commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ClosedTicket> closedNotCounted(int max) {
        List<ClosedTicket> closed = new ArrayList<>();
        jdbc.query("""
                select t.id, t.opened_at, coalesce(t.team, '') as team, coalesce(t.priority, '') as priority, t.channel,
                  coalesce(t.product, '') as product, t.first_response_at, t.transfer_count,
                  case when exists (select 1 from ticket_sla_breach b where b.ticket_id = t.id and b.target = 'SUPPORT')
                      then 1 else 0 end as breached
                from ticket t where t.counted = false and t.status = 'FECHADO'
                fetch first %d rows only""".formatted(max), new MapSqlParameterSource(), rs -> {
            OffsetDateTime answered = rs.getObject("first_response_at", OffsetDateTime.class);
            closed.add(new ClosedTicket(rs.getLong("id"), rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                    rs.getString("team"), rs.getString("priority"), rs.getString("channel"), rs.getString("product"),
                    answered == null ? null : answered.toInstant(), rs.getInt("transfer_count"),
                    rs.getInt("breached") == 1));
        });
        return closed;
    }

    /**
     * Marks tickets as counted by the reports' daily rollup: {@link #openedNotCounted} and {@link #closedNotCounted}
     * leave them out from then on. Runs in the caller's transaction, the one that stored their counts.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markCounted(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.update("update ticket set counted = true where id in (:ids)", new MapSqlParameterSource("ids", ids));
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
