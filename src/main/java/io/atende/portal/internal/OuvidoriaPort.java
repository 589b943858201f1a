package io.atende.portal.internal;

import io.atende.account.Customer;
import java.util.List;

/**
 * What the portal needs of Ouvidoria (R13): an escalation naming the earlier tickets. The
 * Ouvidoria module is built in parallel; until it is connected at merge, {@link PortalPorts}
 * provides a stand-in that says the channel is not available in the portal yet.
 */
public interface OuvidoriaPort {

    /** False while no Ouvidoria service is connected; the page then gives the phone channel. */
    boolean available();

    /** Opens an Ouvidoria case about {@code earlierTickets} (the viewer's company's); returns its number. */
    String escalate(Customer customer, List<String> earlierTickets, String text);
}
