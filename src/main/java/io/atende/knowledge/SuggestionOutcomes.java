package io.atende.knowledge;

import io.atende.ticket.Product;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R7's measure: a customer who read a suggested article and said "Isso resolveu" avoided a ticket (a deflection);
 * a ticket opened anyway keeps which articles were shown. The deflection rate per product is the share of the
 * first among both.
 */
@Service
public class SuggestionOutcomes {

    /** A product's figures in a period: tickets avoided, tickets opened after suggestions, the rate. */
    public record Rate(String product, long resolved, long openedAnyway) {

        public String percent() {
            long all = resolved + openedAnyway;
            return all == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.1f", 100.0 * resolved / all).replace('.', ',')
                    + " %";
        }
    }

    static final int MAX_SHOWN = 10;

    private final SuggestionOutcomeRows rows;
    private final Articles articles;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    SuggestionOutcomes(SuggestionOutcomeRows rows, Articles articles, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.rows = rows;
        this.articles = articles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * "Isso resolveu": the article, published and public, solved it; nothing else is written (no ticket).
     *
     * @return the article's title, for the page's thanks
     * @throws ArticleNotFoundException when there is no such public article
     */
    @Transactional
    public String resolved(Long companyId, Long contactId, Product product, Long articleId) {
        Article article = Optional.ofNullable(articleId).flatMap(articles::findById).filter(a -> a.visibleTo(false))
                .orElseThrow(() -> new ArticleNotFoundException(String.valueOf(articleId)));
        rows.save(new SuggestionOutcome(clock.instant(), companyId, contactId, product, SuggestionOutcome.Kind.RESOLVED,
                article.getId(), null, null));
        return article.getTitle();
    }

    /** A ticket was opened after these articles were shown (ids of public articles only are kept, at most ten). */
    @Transactional
    public void openedAnyway(Long companyId, Long contactId, Product product, Long ticketId, Collection<Long> shown) {
        List<Long> known = shown.stream().distinct().limit(MAX_SHOWN).filter(id -> articles.findById(id)
                .filter(a -> a.visibleTo(false)).isPresent()).toList();
        if (known.isEmpty()) {
            return;
        }
        rows.save(new SuggestionOutcome(clock.instant(), companyId, contactId, product,
                SuggestionOutcome.Kind.OPENED_ANYWAY, null, ticketId,
                known.stream().map(String::valueOf).collect(Collectors.joining(","))));
    }

    /** The deflection rate per product (and "(sem produto)") of the outcomes from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public List<Rate> rates(Instant from, Instant to) {
        Map<String, long[]> perProduct = new LinkedHashMap<>();
        jdbc.query("""
                select coalesce(product, '(sem produto)') as product, outcome, count(*) as total
                from kb_suggestion_outcome where at >= :from and at < :to group by product, outcome order by product""",
                new MapSqlParameterSource("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                        .addValue("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC)), rs -> {
                    long[] counts = perProduct.computeIfAbsent(rs.getString("product"), p -> new long[2]);
                    counts["RESOLVED".equals(rs.getString("outcome")) ? 0 : 1] += rs.getLong("total");
                });
        List<Rate> rates = new ArrayList<>();
        perProduct.forEach((product, c) -> rates.add(new Rate(product, c[0], c[1])));
        return rates;
    }
}
