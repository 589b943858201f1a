package io.atende.knowledge;

/** Where an article stands: only published ones are found by customers and suggested (issue 14). */
public enum ArticleStatus {
    /** Being written; staff see it on the editing screen only. */
    DRAFT("Rascunho"),
    /** Found by the search and suggested. */
    PUBLISHED("Publicado"),
    /** Kept for the record; no longer found. */
    ARCHIVED("Arquivado");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    /** The Portuguese name staff read. */
    public String label() {
        return label;
    }
}
