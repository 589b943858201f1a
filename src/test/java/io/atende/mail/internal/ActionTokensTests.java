package io.atende.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.mail.MailSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Links cannot be forged with a secret from the source: a configured one must be strong, else the installation's own. */
class ActionTokensTests {

    @Test
    @DisplayName("Issue 12: the secret application.yml once carried, or a short one, stops the start on every kind of start")
    void refusesPublicOrShortSecret() {
        for (String embedded : new String[] {"true", "false"}) {
            assertThatThrownBy(() -> tokens(Map.of("atende.mail.embedded.enabled", embedded,
                    "atende.mail.tokens.secret", ActionTokens.FORMER_DEVELOPMENT_SECRET)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("ATENDE_MAIL_TOKEN_SECRET");
            assertThatThrownBy(() -> tokens(Map.of("atende.mail.embedded.enabled", embedded,
                    "atende.mail.tokens.secret", "curto"))).isInstanceOf(IllegalStateException.class);
        }
        assertThatNoException().isThrownBy(() -> tokens(Map.of("atende.mail.embedded.enabled", "false",
                "atende.mail.tokens.secret", "x".repeat(40))));
        assertThatNoException().isThrownBy(() -> tokens(Map.of()));
    }

    @Test
    @DisplayName("Issue 12: without a configured secret each installation generates its own, kept for every node and restart")
    void installationSecretIsGeneratedOnceAndShared() {
        DriverManagerDataSource one = database();
        ActionTokens node1 = new ActionTokens(settings(Map.of()), one, new DataSourceTransactionManager(one), Clock.systemUTC());
        ActionTokens node2 = new ActionTokens(settings(Map.of()), one, new DataSourceTransactionManager(one), Clock.systemUTC());
        String token = node1.create("ACCEPT", 10000001L, 7L, Instant.now().plusSeconds(600));

        assertThat(node2.verify(token).status()).isEqualTo(ActionTokens.Status.VALID);
        DriverManagerDataSource other = database();
        ActionTokens otherInstallation = new ActionTokens(settings(Map.of()), other,
                new DataSourceTransactionManager(other), Clock.systemUTC());
        assertThat(otherInstallation.verify(token).status()).isEqualTo(ActionTokens.Status.FORGED);
        ActionTokens configured = new ActionTokens(settings(Map.of("atende.mail.tokens.secret",
                ActionTokens.FORMER_DEVELOPMENT_SECRET.replace("atende", "outra-chave-de-teste"))), one,
                new DataSourceTransactionManager(one), Clock.systemUTC());
        assertThat(configured.verify(token).status()).isEqualTo(ActionTokens.Status.FORGED);
    }

    private static DriverManagerDataSource database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:tokens-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    private static MailSettings settings(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("atende.mail", Bindable.of(MailSettings.class));
    }

    private static ActionTokens tokens(Map<String, String> properties) {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource();
        return new ActionTokens(settings(properties), dataSource, new DataSourceTransactionManager(dataSource),
                Clock.systemUTC());
    }
}
