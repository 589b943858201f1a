package io.atende.survey;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over the satisfaction surveys' answers (R21), for reports: the read API of {@code satisfaction_survey} for
 * other modules, which never query it themselves (issue 24). Teams are matched as {@code coalesce(team, '')}, as in
 * the ticket's statistics.
 */
@Service
@Transactional(readOnly = true)
public class SurveyStatistics {

    /** A team's answers: BOM and RUIM. */
    public record TeamAnswers(String team, long good, long bad) {
    }

    /** A RUIM answer with a comment, about a ticket or an Ouvidoria case ({@code subjectKind}). */
    public record BadComment(String team, String subjectKind, long subjectNumber, Instant answeredAt,
            String comment) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    SurveyStatistics(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The answers given from {@code from} (included) to {@code to}, per team, in team order. */
    public List<TeamAnswers> answersPerTeam(Instant from, Instant to, Collection<String> teams) {
        Map<String, long[]> perTeam = new LinkedHashMap<>();
        jdbc.query("""
                select team, answer, count(*) as total from satisfaction_survey
                where answered_at >= :from and answered_at < :to and coalesce(team, '') in (:teams) and answer is not null
                group by team, answer order by team""", params(from, to, teams), rs -> {
            long[] counts = perTeam.computeIfAbsent(rs.getString("team"), t -> new long[2]);
            counts["BOM".equals(rs.getString("answer")) ? 0 : 1] += rs.getLong("total");
        });
        List<TeamAnswers> answers = new ArrayList<>();
        perTeam.forEach((team, counts) -> answers.add(new TeamAnswers(team, counts[0], counts[1])));
        return answers;
    }

    /** The latest {@code max} RUIM answers with a comment given from {@code from} (included) to {@code to}. */
    public List<BadComment> latestBadComments(Instant from, Instant to, Collection<String> teams, int max) {
        List<BadComment> comments = new ArrayList<>();
        jdbc.query("""
                select subject_kind, subject_number, team, answered_at, answer_comment from satisfaction_survey
                where answered_at >= :from and answered_at < :to and coalesce(team, '') in (:teams) and answer = 'RUIM'
                  and answer_comment is not null
                order by answered_at desc limit %d""".formatted(max), params(from, to, teams), rs -> {
            comments.add(new BadComment(rs.getString("team"), rs.getString("subject_kind"), rs.getLong("subject_number"),
                    rs.getObject("answered_at", OffsetDateTime.class).toInstant(), rs.getString("answer_comment")));
        });
        return comments;
    }

    private static MapSqlParameterSource params(Instant from, Instant to, Collection<String> teams) {
        return new MapSqlParameterSource("from", from.atOffset(ZoneOffset.UTC)).addValue("to", to.atOffset(ZoneOffset.UTC))
                .addValue("teams", teams);
    }
}
