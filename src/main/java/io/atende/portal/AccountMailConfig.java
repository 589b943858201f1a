package io.atende.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.thymeleaf.TemplateEngine;

/** SMTP when a mail server is configured ({@code spring.mail.host}); otherwise the links are only logged (local runs). */
@Configuration(proxyBeanMethods = false)
class AccountMailConfig {

    private static final Logger log = LoggerFactory.getLogger(AccountMailConfig.class);

    @Bean
    AccountMail accountMail(ObjectProvider<JavaMailSender> sender, TemplateEngine templates, PortalSettings settings) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp != null) {
            return new SmtpAccountMail(smtp, templates, settings);
        }
        log.warn("No mail server configured (spring.mail.host): account e-mails are written to the log only");
        return new AccountMail() {
            @Override
            public void sendActivation(String email, String name, String link) {
                log.info("[e-mail not sent] activation for {}: {}", email, link);
            }

            @Override
            public void sendPasswordReset(String email, String name, String link) {
                log.info("[e-mail not sent] password reset for {}: {}", email, link);
            }
        };
    }
}
