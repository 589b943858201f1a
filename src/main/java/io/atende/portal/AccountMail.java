package io.atende.portal;

/** The two e-mails the portal's account journeys send (through the e-mail module's outbox). */
public interface AccountMail {

    /** R1/R2: the login e-mail and a link to set the first password. */
    void sendActivation(String email, String name, String link);

    /** R3: a link to choose a new password. */
    void sendPasswordReset(String email, String name, String link);
}
