package io.atende.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's settings: the public address used in e-mailed links, how long those links live,
 * login throttling limits (per account and per client address) and where account e-mails come from.
 */
@ConfigurationProperties("atende.portal")
public record PortalSettings(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("72h") Duration activationValidity,
        @DefaultValue("2h") Duration resetValidity,
        @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("Atende <nao-responda@atende.io>") String mailFrom) {

    /** A link into the portal for e-mails. */
    public String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
