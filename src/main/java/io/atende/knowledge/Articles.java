package io.atende.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The knowledge base's articles. */
interface Articles extends JpaRepository<Article, Long> {

    Optional<Article> findByKey(String key);

    boolean existsByKey(String key);

    List<Article> findTop10ByStatusAndInternalFalseOrderByUpdatedAtDesc(ArticleStatus status);

    List<Article> findAllByOrderByUpdatedAtDesc();

    @Query("select coalesce(max(r.revision), 0) from ArticleRevision r where r.articleId = ?1")
    int lastRevision(Long articleId);
}
