package io.atende.survey;

/** No invitation for that ticket or case yet (404). */
public class SurveyNotFoundException extends RuntimeException {

    public SurveyNotFoundException(String message) {
        super(message);
    }
}
