package io.atende.knowledge;

/** No article by that key or id, or one the reader may not see (an internal article for a customer). */
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String key) {
        super("O artigo " + key + " não existe ou não está disponível.");
    }
}
