package io.atende.survey;

/** Where an invitation stands (R21). */
public enum SurveyStatus {
    /** Invited, waiting for the answer until it expires. */
    CONVIDADO,
    /** Answered (once, for good). */
    RESPONDIDA,
    /** Not answered within the invitation's lifetime. */
    EXPIRADA
}
