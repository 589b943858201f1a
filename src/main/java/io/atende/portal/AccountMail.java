package io.atende.portal;

/**
 * The two e-mails the portal's account journeys send. Implemented over SMTP here; at merge it is
 * switched to the e-mail module's outbox. Implementations must treat names as text (no HTML).
 */
public interface AccountMail {

    /** R1/R2: the login e-mail and a link to set the first password. */
    void sendActivation(String email, String name, String link);

    /** R3: a link to choose a new password. */
    void sendPasswordReset(String email, String name, String link);
}
