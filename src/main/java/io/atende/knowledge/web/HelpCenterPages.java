package io.atende.knowledge.web;

import io.atende.knowledge.Article;
import io.atende.knowledge.ArticleEditor;
import io.atende.knowledge.ArticleImages;
import io.atende.knowledge.ArticleHit;
import io.atende.knowledge.ArticleNotFoundException;
import io.atende.knowledge.ArticleStatus;
import io.atende.knowledge.KnowledgeSearch;
import io.atende.knowledge.KnowledgeSearch.Reader;
import io.atende.team.WebappLogins;
import io.atende.ticket.Product;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Central de Ajuda's public pages (issue 14; R7, R23): the knowledge base searched without opening a ticket, an
 * article's page, and the suggestions the portal's new-ticket page asks for while the customer types. Anyone may
 * read published articles; internal ones and drafts only staff signed in to Tasklist in the same browser.
 */
@Controller
class HelpCenterPages {

    static final int PAGE_RESULTS = 20;
    static final int SUGGESTIONS = 5;

    private final KnowledgeSearch search;
    private final ArticleEditor articles;
    private final WebappLogins logins;
    private final ObjectMapper json;
    private final ArticleImages images;

    HelpCenterPages(KnowledgeSearch search, ArticleEditor articles, WebappLogins logins, ObjectMapper json,
            ArticleImages images) {
        this.images = images;
        this.json = json;
        this.search = search;
        this.articles = articles;
        this.logins = logins;
    }

    @GetMapping("/ajuda")
    String search(@RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "produto", required = false) String product, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Reader reader = reader(request);
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("produto", product == null ? "" : product);
        model.addAttribute("produtos", Product.values());
        model.addAttribute("equipe", reader == Reader.STAFF);
        Product filter;
        try {
            filter = product(product);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("erro", e.getMessage());
            model.addAttribute("buscou", false);
            model.addAttribute("resultados", List.of());
            model.addAttribute("recentes", List.of());
            return "ajuda/busca";
        }
        boolean asked = query != null && !query.isBlank();
        model.addAttribute("buscou", asked);
        model.addAttribute("resultados", asked ? search.search(query, filter, reader, PAGE_RESULTS) : List.of());
        model.addAttribute("recentes", asked ? List.of() : search.recent(filter, reader, 10));
        return "ajuda/busca";
    }

    @GetMapping("/ajuda/artigos/{key}")
    String article(@PathVariable String key, HttpServletRequest request, Model model) {
        boolean staff = reader(request) == Reader.STAFF;
        Article article = articles.find(key).filter(a -> a.visibleTo(staff))
                .orElseThrow(() -> new ArticleNotFoundException(key));
        model.addAttribute("artigo", article);
        model.addAttribute("equipe", staff);
        model.addAttribute("rascunho", article.getStatus() != ArticleStatus.PUBLISHED);
        return "ajuda/artigo";
    }

    /**
     * R7: up to five articles for what the customer is writing, as JSON for the portal's script (whatever the request
     * accepts: a browser's address bar gets the same JSON); an unknown product 400 with a Portuguese problem.
     */
    @GetMapping("/ajuda/sugestoes")
    ResponseEntity<String> suggestions(@RequestParam(name = "assunto", required = false) String subject,
            @RequestParam(name = "rotina", required = false) String routine,
            @RequestParam(name = "produto", required = false) String product, HttpServletRequest request)
            throws JsonProcessingException {
        Product filter;
        try {
            filter = product(product);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(json.writeValueAsString(
                    Map.of("title", "Produto desconhecido", "status", 400, "detail", e.getMessage())));
        }
        List<ArticleHit> hits = search.suggest(subject, routine, filter, Reader.PUBLIC, SUGGESTIONS);
        return ResponseEntity.ok().header("Cache-Control", "no-store").contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(hits.stream().map(h -> Map.of("id", String.valueOf(h.id()),
                        "chave", h.key(), "titulo", h.title(), "resumo", h.snippet(),
                        "endereco", request.getContextPath() + "/ajuda/artigos/" + h.key())).toList()));
    }

    /** An article's image, for whoever may read the article (else 404, as for an unknown key). */
    @GetMapping("/ajuda/imagens/{key}")
    ResponseEntity<byte[]> image(@PathVariable String key, HttpServletRequest request) {
        return images.serve(key, reader(request) == Reader.STAFF)
                .map(image -> ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                        .header("Cache-Control", "private, max-age=3600")
                        .header("Content-Disposition", org.springframework.http.ContentDisposition.inline()
                                .filename(image.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                        .body(image.bytes()))
                .orElseThrow(() -> new ArticleNotFoundException(key));
    }

    @ExceptionHandler(ArticleNotFoundException.class)
    String notFound(ArticleNotFoundException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("mensagem", e.getMessage());
        return "ajuda/nao-encontrado";
    }

    private Reader reader(HttpServletRequest request) {
        return logins.agentOf(request).isPresent() ? Reader.STAFF : Reader.PUBLIC;
    }

    static Product product(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Product.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Produto desconhecido: '" + text + "'. Escolha um de "
                    + String.join(", ", Arrays.stream(Product.values()).map(Enum::name).toList()) + ".");
        }
    }
}
