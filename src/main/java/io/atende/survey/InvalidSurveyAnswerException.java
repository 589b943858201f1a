package io.atende.survey;

/** An answer that is not one of the survey's values, or a comment too long (400). */
public class InvalidSurveyAnswerException extends RuntimeException {

    private final String field;

    public InvalidSurveyAnswerException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
