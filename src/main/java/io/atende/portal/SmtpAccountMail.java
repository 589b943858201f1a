package io.atende.portal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Sends the account e-mails over SMTP, rendered from Thymeleaf templates (escaped text only).
 * A failure is logged, not thrown: the person can ask for a new link (R3) or call CST (R1).
 */
class SmtpAccountMail implements AccountMail {

    private static final Logger log = LoggerFactory.getLogger(SmtpAccountMail.class);

    private final JavaMailSender sender;
    private final TemplateEngine templates;
    private final PortalSettings settings;

    SmtpAccountMail(JavaMailSender sender, TemplateEngine templates, PortalSettings settings) {
        this.sender = sender;
        this.templates = templates;
        this.settings = settings;
    }

    @Override
    public void sendActivation(String email, String name, String link) {
        send(email, "Atende: seu acesso ao Portal do Cliente", "portal/mail/activation",
                Map.of("name", name, "email", email, "link", link));
    }

    @Override
    public void sendPasswordReset(String email, String name, String link) {
        send(email, "Atende: redefinição de senha", "portal/mail/reset",
                Map.of("name", name, "email", email, "link", link));
    }

    private void send(String to, String subject, String template, Map<String, Object> variables) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.mailFrom());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(templates.process(template, new Context(new java.util.Locale("pt", "BR"), variables)), true);
            sender.send(message);
        } catch (MailException | MessagingException e) {
            log.error("Could not send '{}' to {}: {}", subject, to, e.getMessage());
        }
    }
}
