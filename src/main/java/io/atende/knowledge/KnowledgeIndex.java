package io.atende.knowledge;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The search index of the articles (issue 14). Hibernate Search writes it as articles are saved; on start, an
 * index that does not hold every article (a new directory, a lost disk, an upgrade that changed the mapping) is
 * built again from the database before the application is ready.
 */
@Component
public class KnowledgeIndex {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);

    private final EntityManagerFactory entityManagerFactory;

    KnowledgeIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void rebuildWhenMissing() {
        long inDatabase;
        try (var em = entityManagerFactory.createEntityManager()) {
            inDatabase = em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
        }
        long indexed = indexed();
        if (indexed != inDatabase || (indexed > 0 && outdated())) {
            log.info("Central de Ajuda: the index holds {} of {} articles{}; building it again", indexed, inDatabase,
                    indexed == inDatabase ? " written by an earlier release" : "");
            long started = System.nanoTime();
            rebuild();
            log.info("Central de Ajuda: index built, {} articles in {} s", indexed(),
                    Math.round((System.nanoTime() - started) / 1e8) / 10.0);
        }
    }

    /** How many articles the index holds. */
    public long indexed() {
        try (var em = entityManagerFactory.createEntityManager()) {
            return Search.session(em).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    /**
     * Whether the index was written by an earlier mapping: a document without the fields this release projects (a
     * release that adds a stored field finds it empty in the documents already there).
     */
    boolean outdated() {
        try (var em = entityManagerFactory.createEntityManager()) {
            return Search.session(em).search(Article.class).select(f -> f.field("summary", String.class))
                    .where(f -> f.matchAll()).fetchHits(1).stream().anyMatch(java.util.Objects::isNull);
        }
    }

    /** Builds the index again from the database (and waits). */
    public void rebuild() {
        try {
            Search.mapping(entityManagerFactory).scope(Article.class).massIndexer().threadsToLoadObjects(2)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while indexing the articles", e);
        }
    }

    /** Empties the index (tests: as a lost index directory). */
    public void purge() {
        Search.mapping(entityManagerFactory).scope(Article.class).workspace().purge();
        Search.mapping(entityManagerFactory).scope(Article.class).workspace().refresh();
    }
}
