package io.atende.mail.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.atende.mail.MailSettings;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Links cannot be forged with the source's secret: production must configure its own. */
class ActionTokensTests {

    @Test
    @DisplayName("With real mail servers the development secret (or a short one) stops the start")
    void refusesDevelopmentSecretInProduction() {
        assertThatThrownBy(() -> tokens(Map.of("atende.mail.embedded.enabled", "false")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ATENDE_MAIL_TOKEN_SECRET");
        assertThatThrownBy(() -> tokens(Map.of("atende.mail.embedded.enabled", "false",
                "atende.mail.tokens.secret", "curto"))).isInstanceOf(IllegalStateException.class);
        assertThatNoException().isThrownBy(() -> tokens(Map.of("atende.mail.embedded.enabled", "false",
                "atende.mail.tokens.secret", "x".repeat(40))));
        assertThatNoException().isThrownBy(() -> tokens(Map.of()));
    }

    private static ActionTokens tokens(Map<String, String> properties) {
        MailSettings settings = new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("atende.mail", Bindable.of(MailSettings.class));
        return new ActionTokens(settings, new SimpleDriverDataSource(), Clock.systemUTC());
    }
}
