package io.atende.knowledge;

import io.atende.knowledge.internal.InvalidArticleException;
import io.atende.ticket.Product;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the knowledge base (issue 14): checks what an author wrote, keeps only safe rich text (headings, lists,
 * code, links, tables, images), saves the article and a new revision in one
 * transaction. Hibernate Search indexes the article when the transaction commits.
 */
@Service
public class ArticleEditor {

    /** Headings, paragraphs, lists, code, emphasis, tables, links (http, https, mailto, relative) and images. */
    /** Only to check relative addresses (/ajuda/…) while cleaning; they stay relative. */
    static final String BASE = "https://atende.invalid";
    static final Safelist SAFE = Safelist.relaxed()
            .removeTags("div", "span", "small", "strike", "u", "sub", "sup", "cite", "q", "col", "colgroup", "caption")
            .addAttributes("a", "rel")
            .preserveRelativeLinks(true);
    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 100_000;

    private final Articles articles;
    private final ArticleRevisions revisions;
    private final Clock clock;

    ArticleEditor(Articles articles, ArticleRevisions revisions, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** A new article; {@code key} may be null (made from the title). */
    @Transactional
    public Article create(String key, ArticleContent content, String author) {
        ArticleContent checked = check(content);
        String articleKey = key == null || key.isBlank() ? uniqueKey(slug(checked.title())) : checkKey(key);
        if (articles.existsByKey(articleKey)) { // the unique index answered 500 and the text was lost (issue 24)
            throw new InvalidArticleException("chave", keyTaken(articleKey));
        }
        Instant now = clock.instant();
        Article article = articles.save(new Article(articleKey, checked, author, now));
        revisions.save(new ArticleRevision(article, 1, author, now, "Criado."));
        return article;
    }

    /** A draft from a solved ticket: its subject and the solution proposed, for an agent to finish (issue 14). */
    @Transactional
    public Article draftFromTicket(Long ticketId, String subject, String problem, String solution, Product product,
            String routine, String author) {
        String body = "<h2>Sintoma</h2><p>" + escape(problem) + "</p><h2>Solução</h2><p>" + escape(solution) + "</p>";
        Article article = create(null, new ArticleContent(subject, body, product, routine, null, List.of(),
                ArticleStatus.DRAFT, false), author);
        article.fromTicket(ticketId);
        return article;
    }

    /**
     * Saves a change made on a form drawn at {@code expectedVersion}.
     *
     * @throws OptimisticLockingFailureException when someone saved the article since
     */
    @Transactional
    public Article update(Long id, long expectedVersion, ArticleContent content, String note, String author) {
        Article article = articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(String.valueOf(id)));
        if (article.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("Article " + id + " changed since version " + expectedVersion);
        }
        ArticleContent checked = check(content);
        if (checked.equals(article.content())) {
            throw new InvalidArticleException("titulo", "Nada mudou no artigo: altere algum campo antes de salvar.");
        }
        Instant now = clock.instant();
        article.apply(checked);
        article.touched(author, now);
        articles.saveAndFlush(article);
        revisions.save(new ArticleRevision(article, articles.lastRevision(id) + 1, author, now,
                note == null || note.isBlank() ? null : note.strip()));
        return article;
    }

    @Transactional(readOnly = true)
    public Optional<Article> find(String key) {
        return articles.findByKey(key);
    }

    @Transactional(readOnly = true)
    public Optional<Article> find(Long id) {
        return articles.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Article> all() {
        return articles.findAllByOrderByUpdatedAtDesc();
    }

    @Transactional(readOnly = true)
    public List<ArticleRevision> revisions(Long articleId) {
        return revisions.findByArticleIdOrderByRevisionDesc(articleId);
    }

    @Transactional(readOnly = true)
    public boolean exists(String key) {
        return articles.existsByKey(key);
    }

    /**
     * The article's body made safe: what the search, the pages and the e-mails use. Images only from the application
     * ({@code /ajuda/imagens/…}, uploaded on the editing screen): another site's would be blocked by the pages' CSP.
     */
    static String safe(String html) {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(Jsoup.clean(html == null ? "" : html, BASE, SAFE), BASE);
        doc.select("img").forEach(img -> {
            if (!img.attr("src").startsWith(ArticleImages.PATH)) {
                img.remove();
            }
        });
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    private ArticleContent check(ArticleContent c) {
        String title = c.title() == null ? "" : c.title().strip();
        if (title.isEmpty()) {
            throw new InvalidArticleException("titulo", "Escreva o título do artigo.");
        }
        if (title.length() > TITLE_MAX) {
            throw new InvalidArticleException("titulo", "O título tem %d caracteres; o limite é %d.".formatted(title.length(),
                    TITLE_MAX));
        }
        String body = safe(c.body()).strip();
        if (Jsoup.parse(body).text().isBlank()) {
            throw new InvalidArticleException("corpo", "Escreva o texto do artigo.");
        }
        if (body.length() > BODY_MAX) {
            throw new InvalidArticleException("corpo", "O texto tem %d caracteres; o limite é %d. Divida-o em artigos."
                    .formatted(body.length(), BODY_MAX));
        }
        if (c.status() == null) {
            throw new InvalidArticleException("situacao", "Escolha a situação: rascunho, publicado ou arquivado.");
        }
        String routine = blankToNull(c.routine(), "rotina", 120);
        String versions = blankToNull(c.versions(), "versoes", 60);
        List<String> tags = new ArrayList<>();
        for (String tag : c.tags()) {
            String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && !tags.contains(t)) {
                tags.add(t);
            }
        }
        if (String.join(", ", tags).length() > 400) {
            throw new InvalidArticleException("etiquetas", "As etiquetas passam de 400 caracteres: use menos etiquetas.");
        }
        return new ArticleContent(title, body, c.product(), routine, versions, tags, c.status(), c.internal());
    }

    private static String blankToNull(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new InvalidArticleException(field, "O campo tem mais de %d caracteres.".formatted(max));
        }
        return text.strip();
    }

    private static String checkKey(String key) {
        String k = key.strip();
        if (!k.matches("[a-z0-9][a-z0-9-]{1,79}")) {
            throw new InvalidArticleException("chave", "A chave do artigo usa letras minúsculas, números e hífens "
                    + "(até 80), como protheus-nfe-rejeicao-539.");
        }
        return k;
    }

    /** The refusal of a key another article has (checked before saving; the unique index settles a race). */
    public static String keyTaken(String key) {
        return "Já existe um artigo com a chave '" + key + "'. Escolha outra chave (ou deixe o campo em branco para "
                + "gerá-la a partir do título); o texto que você escreveu continua no formulário.";
    }

    private String uniqueKey(String base) {
        String key = base;
        for (int i = 2; articles.existsByKey(key); i++) {
            key = base.substring(0, Math.min(base.length(), 70)) + "-" + i;
        }
        return key;
    }

    static String slug(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (folded.length() > 70) {
            folded = folded.substring(0, 70).replaceAll("-+$", "");
        }
        return folded.length() < 2 ? "artigo" : folded;
    }

    private static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text == null ? "" : text);
    }
}
