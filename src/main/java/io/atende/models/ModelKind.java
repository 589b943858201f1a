package io.atende.models;

/** The kinds of model a release carries, by file extension. */
public enum ModelKind {
    BPMN(".bpmn"), DMN(".dmn"), FORM(".form");

    private final String extension;

    ModelKind(String extension) {
        this.extension = extension;
    }

    static ModelKind of(String fileName) {
        for (ModelKind kind : values()) {
            if (fileName.endsWith(kind.extension)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a model file: " + fileName);
    }
}
