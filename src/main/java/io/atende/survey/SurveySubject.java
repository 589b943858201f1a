package io.atende.survey;

/** What a survey asks about: a ticket, or an Ouvidoria case (R21). */
public enum SurveySubject {
    TICKET, OUVIDORIA;

    /** The process business key of the survey of {@code number}, e.g. {@code ticket-10000001}. */
    public String businessKey(long number) {
        return name().toLowerCase(java.util.Locale.ROOT) + "-" + number;
    }
}
