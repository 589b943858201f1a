package io.atende.knowledge;

import io.atende.ticket.Product;

/** One article found: what a results list or a suggestion shows. */
public record ArticleHit(Long id, String key, String title, Product product, String routine, String snippet,
        boolean internal) {

    static ArticleHit of(Article article) {
        String text = article.getText();
        String snippet = text.length() <= 220 ? text : text.substring(0, text.lastIndexOf(' ', 220) > 100
                ? text.lastIndexOf(' ', 220) : 220) + "…";
        return new ArticleHit(article.getId(), article.getKey(), article.getTitle(), article.getProduct(),
                article.getRoutine(), snippet, article.isInternal());
    }
}
