package io.atende.knowledge;

import io.atende.ticket.Product;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds articles (issue 14; R7, R23): the words of a query, with their synonyms, against the title (weighs most),
 * the routine, the tags and the body, analysed as Portuguese; only published articles, internal ones only for
 * staff; optionally one product line.
 */
@Service
public class KnowledgeSearch {

    static final int MAX_QUERY = 300;
    /** Suggestions keep the hits scoring at least this share of the best one (R7: a few good articles, not five). */
    static final float SUGGESTION_FLOOR = 0.35f;
    static final float TITLE_BOOST = 3f;
    static final float ROUTINE_BOOST = 2f;
    static final float TAGS_BOOST = 1.5f;
    /**
     * A synonym group the query touches adds this constant score to an article holding any of its other words (once,
     * however many of them it holds: about a typed word's match in a title), plus their ordinary score, so that among
     * such articles the better match comes first. Tuned on the quality cases (3 and 10 each lose one of the 40).
     */
    static final float SYNONYM_BOOST = 6f;

    private final EntityManager entityManager;
    private final Synonyms synonyms;

    KnowledgeSearch(EntityManager entityManager, Synonyms synonyms) {
        this.entityManager = entityManager;
        this.synonyms = synonyms;
    }

    /** Who reads the results: customers and anonymous readers never get internal articles. */
    public enum Reader {
        PUBLIC, STAFF
    }

    /** The best {@code limit} articles for a query; none for a blank one. */
    @Transactional(readOnly = true)
    public List<ArticleHit> search(String query, Product product, Reader reader, int limit) {
        return search(query, product, reader, limit, 0f);
    }

    /**
     * The same, leaving out hits scoring under {@code minShare} of the best one: a suggestion that shares one loose
     * word with the subject is noise, not help.
     */
    @Transactional(readOnly = true)
    List<ArticleHit> search(String query, Product product, Reader reader, int limit, float minShare) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        String text = q;
        List<String> alternatives = synonyms.alternatives(q);
        List<Scored> hits = Search.session(entityManager).search(Article.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field("key", String.class),
                        f.field("title", String.class), f.field("product", Product.class),
                        f.field("routine", String.class), f.field("summary", String.class),
                        f.field("internal", Boolean.class), f.score()).asList(Scored::of))
                .where(f -> f.bool().with(b -> {
                    // the words typed, and each synonym group they touch as strongly as a word typed
                    b.must(f.bool().with(words -> {
                        words.should(words(f, text));
                        alternatives.forEach(group -> {
                            words.should(words(f, group).constantScore().boost(SYNONYM_BOOST));
                            words.should(words(f, group)); // among those, the better match first
                        });
                    }));
                    visible(f, b, product, reader);
                }))
                .fetchHits(limit);
        float floor = hits.isEmpty() ? 0 : hits.get(0).score() * minShare;
        return hits.stream().filter(h -> h.score() >= floor).map(Scored::hit).toList();
    }

    /** A hit and its score, read from the index alone (no article row). */
    private record Scored(ArticleHit hit, float score) {

        static Scored of(List<?> v) {
            return new Scored(new ArticleHit((Long) v.get(0), (String) v.get(1), (String) v.get(2), (Product) v.get(3),
                    (String) v.get(4), v.get(5) == null ? "" : (String) v.get(5), Boolean.TRUE.equals(v.get(6))),
                    (Float) v.get(7));
        }
    }

    /** What a reader may find: published articles, internal ones only for staff, optionally of one product line. */
    private static void visible(org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f,
            org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateOptionsCollector<?> b, Product product,
            Reader reader) {
        b.filter(f.match().field("status").matching(ArticleStatus.PUBLISHED));
        if (reader != Reader.STAFF) {
            b.filter(f.match().field("internal").matching(false));
        }
        if (product != null) {
            b.filter(f.match().field("product").matching(product));
        }
    }

    private static org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep<?> words(
            org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f, String text) {
        return f.simpleQueryString()
                .field("title").boost(TITLE_BOOST)
                .field("routine").boost(ROUTINE_BOOST)
                .field("tags").boost(TAGS_BOOST)
                .field("text")
                .matching(text)
                .defaultOperator(BooleanOperator.OR)
                .flags(SimpleQueryFlag.PHRASE, SimpleQueryFlag.OR, SimpleQueryFlag.WHITESPACE);
    }

    /** The latest published articles (the search page before a query), newest first. */
    @Transactional(readOnly = true)
    public List<ArticleHit> recent(Product product, Reader reader, int limit) {
        return Search.session(entityManager).search(Article.class)
                .where(f -> f.bool().with(b -> {
                    b.must(f.matchAll());
                    visible(f, b, product, reader);
                }))
                .sort(f -> f.field("updatedAt").desc())
                .fetchHits(limit).stream().map(ArticleHit::of).toList();
    }

    /**
     * R7: up to {@code limit} articles for a ticket being written: its subject (and description) with the routine,
     * within the product chosen. It reads the index alone; a failure marks no caller's transaction for rollback (the
     * articles of a ticket's acknowledgement are asked within the opening's transaction: TicketArticles).
     */
    @Transactional(readOnly = true, noRollbackFor = RuntimeException.class)
    public List<ArticleHit> suggest(String subject, String routine, Product product, Reader reader, int limit) {
        String text = ((subject == null ? "" : subject) + " " + (routine == null ? "" : routine)).strip();
        if (text.length() < 3) {
            return List.of();
        }
        return search(text, product, reader, limit, SUGGESTION_FLOOR);
    }
}
