package io.atende.knowledge;

import io.atende.ticket.Product;

/** One article found: what a results list or a suggestion shows. */
public record ArticleHit(Long id, String key, String title, Product product, String routine, String snippet,
        boolean internal) {

    static ArticleHit of(Article article) {
        return new ArticleHit(article.getId(), article.getKey(), article.getTitle(), article.getProduct(),
                article.getRoutine(), article.getSummary(), article.isInternal());
    }
}
