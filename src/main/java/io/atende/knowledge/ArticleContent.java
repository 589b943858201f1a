package io.atende.knowledge;

import io.atende.ticket.Product;
import java.util.List;

/** What an author writes: the article's fields, checked and made safe by {@link ArticleEditor}. */
public record ArticleContent(String title, String body, Product product, String routine, String versions,
        List<String> tags, ArticleStatus status, boolean internal) {

    public ArticleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
