package io.atende.knowledge.internal;

/** An article that cannot be saved as written: the field and what to do, in Portuguese. */
public class InvalidArticleException extends RuntimeException {

    private final String field;

    public InvalidArticleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
