package io.atende.survey;

/** An answer the survey refuses: already answered, expired, or not invited yet (409). */
public class SurveyStateException extends RuntimeException {

    public SurveyStateException(String message) {
        super(message);
    }
}
