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
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        String text = q;
        List<String> alternatives = synonyms.alternatives(q);
        return Search.session(entityManager).search(Article.class)
                .where(f -> f.bool().with(b -> {
                    // the words typed, and each synonym group they touch as strongly as a word typed
                    b.must(f.bool().with(words -> {
                        words.should(words(f, text));
                        alternatives.forEach(group -> {
                            words.should(words(f, group).constantScore().boost(SYNONYM_BOOST));
                            words.should(words(f, group)); // among those, the better match first
                        });
                    }));
                    b.filter(f.match().field("status").matching(ArticleStatus.PUBLISHED));
                    if (reader != Reader.STAFF) {
                        b.filter(f.match().field("internal").matching(false));
                    }
                    if (product != null) {
                        b.filter(f.match().field("product").matching(product));
                    }
                }))
                .fetchHits(limit).stream().map(ArticleHit::of).toList();
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
                    b.filter(f.match().field("status").matching(ArticleStatus.PUBLISHED));
                    if (reader != Reader.STAFF) {
                        b.filter(f.match().field("internal").matching(false));
                    }
                    if (product != null) {
                        b.filter(f.match().field("product").matching(product));
                    }
                }))
                .sort(f -> f.field("updatedAt").desc())
                .fetchHits(limit).stream().map(ArticleHit::of).toList();
    }

    /**
     * R7: up to {@code limit} articles for a ticket being written: its subject (and description) with the routine,
     * within the product chosen.
     */
    @Transactional(readOnly = true)
    public List<ArticleHit> suggest(String subject, String routine, Product product, Reader reader, int limit) {
        String text = ((subject == null ? "" : subject) + " " + (routine == null ? "" : routine)).strip();
        if (text.length() < 3) {
            return List.of();
        }
        return search(text, product, reader, limit);
    }
}
