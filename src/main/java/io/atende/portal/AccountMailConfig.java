package io.atende.portal;

import io.atende.mail.Mailer;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The account e-mails go through the e-mail module's outbox: written in the transaction that
 * issued the token, sent after it commits (templates {@code mail/account-activation} and
 * {@code mail/password-reset}).
 */
@Configuration(proxyBeanMethods = false)
class AccountMailConfig {

    @Bean
    AccountMail accountMail(Mailer mailer) {
        return new AccountMail() {
            @Override
            public void sendActivation(String email, String name, String link) {
                mailer.send(email, "account-activation", Map.of("name", name, "email", email, "link", link), null);
            }

            @Override
            public void sendPasswordReset(String email, String name, String link) {
                mailer.send(email, "password-reset", Map.of("name", name, "email", email, "link", link), null);
            }
        };
    }
}
