package io.atende.demo;

import io.atende.knowledge.ArticleContent;
import io.atende.knowledge.ArticleEditor;
import io.atende.knowledge.ArticleStatus;
import io.atende.ticket.Product;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * The demo start's knowledge base (issue 14): the articles of {@code knowledge/demo-articles.yml}, each written once
 * (by its key), as an author would through the editor, so they are checked, made safe, versioned and indexed.
 */
@Component
@ConditionalOnProperty(name = "atende.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoArticles {

    static final String FILE = "knowledge/demo-articles.yml";
    static final String AUTHOR = "Equipe Atende (demonstração)";
    private static final Logger log = LoggerFactory.getLogger(DemoArticles.class);

    private final ArticleEditor editor;

    DemoArticles(ArticleEditor editor) {
        this.editor = editor;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    @SuppressWarnings("unchecked")
    public void write() throws IOException {
        ClassPathResource file = new ClassPathResource(FILE);
        if (!file.exists()) {
            return;
        }
        List<Map<String, Object>> articles;
        try (InputStream in = file.getInputStream()) {
            articles = (List<Map<String, Object>>) ((Map<String, Object>) new Yaml().load(in)).get("articles");
        }
        int written = 0;
        for (Map<String, Object> a : articles) {
            String key = (String) a.get("key");
            if (editor.exists(key)) {
                continue;
            }
            Object product = a.get("product");
            editor.create(key, new ArticleContent((String) a.get("title"), (String) a.get("body"),
                    product == null ? null : Product.valueOf(product.toString()), (String) a.get("routine"),
                    a.get("versions") == null ? null : a.get("versions").toString(),
                    a.get("tags") == null ? List.of() : ((List<Object>) a.get("tags")).stream().map(String::valueOf).toList(),
                    ArticleStatus.valueOf(String.valueOf(a.getOrDefault("status", "PUBLISHED"))),
                    Boolean.TRUE.equals(a.get("internal"))), AUTHOR);
            written++;
        }
        if (written > 0) {
            log.info("Demo data: {} knowledge article(s) written", written);
        }
    }
}
