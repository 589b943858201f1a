package io.atende.ticket.internal;

import io.atende.ticket.Channel;
import java.util.List;
import java.util.stream.Collectors;

/** R5: the customer's offer does not include this channel; names the channels it does include. */
public class ChannelNotAllowedException extends RuntimeException {

    private final Channel channel;
    private final List<Channel> allowedChannels;

    public ChannelNotAllowedException(Channel channel, String offer, List<Channel> allowedChannels) {
        super("O canal " + channel + " não está disponível para a oferta " + offer + " da sua empresa. Use um destes "
                + "canais: " + allowedChannels.stream().map(Channel::name).collect(Collectors.joining(", ")) + ".");
        this.channel = channel;
        this.allowedChannels = List.copyOf(allowedChannels);
    }

    public Channel channel() {
        return channel;
    }

    public List<Channel> allowedChannels() {
        return allowedChannels;
    }
}
