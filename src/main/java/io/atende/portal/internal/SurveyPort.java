package io.atende.portal.internal;

import io.atende.account.Customer;
import java.time.Instant;
import java.util.Optional;

/**
 * What the portal needs of the satisfaction survey (R21). The survey module is built in parallel;
 * until it is connected at merge, {@link PortalPorts} provides a stand-in that offers no survey.
 */
public interface SurveyPort {

    /** The survey of a ticket the viewer may see, if one was offered. */
    Optional<Invitation> invitation(Customer viewer, String ticketNumber);

    /** Records the one answer allowed per ticket; refuses with a Portuguese message otherwise. */
    void answer(Customer viewer, String ticketNumber, boolean satisfied, String comment);

    /** An invitation and, once given, its answer. */
    record Invitation(String ticketNumber, Instant expiresAt, Boolean satisfied, String comment) {

        public boolean answered() {
            return satisfied != null;
        }
    }
}
