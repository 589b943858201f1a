package io.atende.mail.internal;

import io.atende.mail.MailSettings;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders an e-mail from its three Thymeleaf files: {@code <name>.subject.txt}, {@code <name>.txt}
 * and {@code <name>.html}. Files in {@code atende.mail.template-directory} override the packaged
 * ones under {@code templates/mail/} and are re-read on every message, so they are edited without
 * recompiling or restarting.
 */
@Component
public class MailTemplates {

    private static final Logger log = LoggerFactory.getLogger(MailTemplates.class);
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates(MailSettings settings) {
        int order = 1;
        if (settings.templateDirectory() != null) {
            FileTemplateResolver external = configure(new FileTemplateResolver(),
                    settings.templateDirectory().toAbsolutePath() + "/", order++);
            external.setCacheable(false);
            engine.addTemplateResolver(external);
            log.info("E-mail templates: {} first, then the packaged ones", settings.templateDirectory().toAbsolutePath());
        }
        engine.addTemplateResolver(configure(new ClassLoaderTemplateResolver(), "templates/mail/", order));
    }

    private static <R extends AbstractConfigurableTemplateResolver> R configure(R resolver, String prefix, int order) {
        resolver.setPrefix(prefix);
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
        resolver.getHtmlTemplateModePatternSpec().addPattern("*.html");
        return resolver;
    }

    /** Renders the message; customer-written values in {@code model} are escaped by the templates (th:text). */
    public Rendered render(String template, Map<String, ?> model) {
        Context context = new Context(PT_BR);
        model.forEach(context::setVariable);
        String subject = exists(template + ".subject.txt")
                ? engine.process(template + ".subject.txt", context).strip().replaceAll("\\s+", " ") : null;
        return new Rendered(subject, engine.process(template + ".txt", context).strip() + "\n",
                engine.process(template + ".html", context));
    }

    private boolean exists(String name) {
        return engine.getTemplateResolvers().stream().anyMatch(r -> r.resolveTemplate(engine.getConfiguration(), null,
                name, null) != null);
    }

    /** A rendered message; {@code subject} is null when the template has no subject file. */
    public record Rendered(String subject, String text, String html) {
    }
}
