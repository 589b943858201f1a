package io.atende.ouvidoria;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over the Ouvidoria cases (R13), for reports: the read API of {@code ouvidoria_case} for other modules,
 * which never query it themselves (issue 24).
 */
@Service
@Transactional(readOnly = true)
public class OuvidoriaStatistics {

    /** The cases in a status, and how many of them missed their deadline. */
    public record StatusCount(String status, long cases, long late) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    OuvidoriaStatistics(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The cases opened from {@code from} (included) to {@code to}, per status (in status order). */
    public List<StatusCount> openedPerStatus(Instant from, Instant to) {
        List<StatusCount> rows = new ArrayList<>();
        jdbc.query("""
                select status, count(*) as total, sum(case when breached_at is not null then 1 else 0 end) as late
                from ouvidoria_case where opened_at >= :from and opened_at < :to
                group by status order by status""",
                new MapSqlParameterSource("from", from.atOffset(ZoneOffset.UTC)).addValue("to", to.atOffset(ZoneOffset.UTC)),
                rs -> { rows.add(new StatusCount(rs.getString("status"), rs.getLong("total"), rs.getLong("late"))); });
        return rows;
    }
}
