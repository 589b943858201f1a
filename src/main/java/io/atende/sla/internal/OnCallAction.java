package io.atende.sla.internal;

/** What a change did to a day's on-call duty (R15), with the word staff read in its history. */
public enum OnCallAction {
    PUBLISHED("publicado"),
    CHANGED("alterado"),
    WITHDRAWN("removido");

    private final String label;

    OnCallAction(String label) {
        this.label = label;
    }

    /** The Portuguese word: publicado, alterado, removido. */
    public String label() {
        return label;
    }
}
