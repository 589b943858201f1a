package io.atende.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every saved version of the articles. */
interface ArticleRevisions extends JpaRepository<ArticleRevision, Long> {

    List<ArticleRevision> findByArticleIdOrderByRevisionDesc(Long articleId);
}
