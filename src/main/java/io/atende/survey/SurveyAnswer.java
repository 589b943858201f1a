package io.atende.survey;

/** The two answers of R21's question, with the text the customer reads. */
public enum SurveyAnswer {
    BOM("Bom, estou satisfeito"),
    RUIM("Ruim, estou insatisfeito");

    /** The one question of the survey (R21). */
    public static final String QUESTION = "Qual a sua avaliação sobre o suporte recebido?";

    private final String label;

    SurveyAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
