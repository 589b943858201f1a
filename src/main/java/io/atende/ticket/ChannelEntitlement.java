package io.atende.ticket;

import io.atende.account.Customer;
import io.atende.account.Offer;
import io.atende.ticket.internal.ChannelNotAllowedException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Which channels a customer may use (R5, R13), as the process owner's {@code channel-entitlement}
 * table ({@code processes/channel-entitlement.dmn}) says, evaluated by the engine so that every
 * evaluation shows in Cockpit. The R4 block is checked before, by {@link TicketDesk}.
 */
@Component
public class ChannelEntitlement {

    /** The decision key; inputs {@code purpose}, {@code offer}, {@code channel}; output {@code allowed}. */
    public static final String DECISION = "channel-entitlement";

    private final DecisionService decisions;

    ChannelEntitlement(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** Whether a customer of {@code offer} may reach Atende on {@code channel} for {@code purpose}. */
    public boolean allows(Offer offer, Channel channel, ServicePurpose purpose) {
        DmnDecisionResult result = decisions.evaluateDecisionByKey(DECISION)
                .variables(Variables.createVariables()
                        .putValue("purpose", purpose.name())
                        .putValue("offer", offer.name())
                        .putValue("channel", channel.name()))
                .evaluate();
        return !result.isEmpty() && Boolean.TRUE.equals(result.getSingleEntry());
    }

    /** The channels a customer of {@code offer} may use for {@code purpose}, in {@link Channel} order. */
    public List<Channel> allowedChannels(Offer offer, ServicePurpose purpose) {
        return Arrays.stream(Channel.values()).filter(channel -> allows(offer, channel, purpose)).toList();
    }

    /**
     * Refuses a channel the customer's offer does not include.
     *
     * @throws ChannelNotAllowedException naming the channels the customer may use
     */
    public void requireAllowed(Customer customer, Channel channel, ServicePurpose purpose) {
        if (!allows(customer.offer(), channel, purpose)) {
            throw new ChannelNotAllowedException(channel, customer.offer().name(),
                    allowedChannels(customer.offer(), purpose));
        }
    }
}
