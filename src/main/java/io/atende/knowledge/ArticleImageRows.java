package io.atende.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The articles' images. */
interface ArticleImageRows extends JpaRepository<ArticleImage, Long> {

    Optional<ArticleImage> findByStorageKey(String storageKey);

    List<ArticleImage> findByArticleIdOrderByIdDesc(Long articleId);
}
