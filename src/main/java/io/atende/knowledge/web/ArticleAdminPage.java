package io.atende.knowledge.web;

import io.atende.knowledge.Article;
import io.atende.knowledge.internal.ArticleAuthors;
import io.atende.knowledge.ArticleContent;
import io.atende.knowledge.ArticleEditor;
import io.atende.knowledge.ArticleImages;
import io.atende.knowledge.ArticleStatus;
import io.atende.knowledge.internal.InvalidArticleException;
import io.atende.knowledge.SuggestionOutcomes;
import io.atende.knowledge.Synonyms;
import io.atende.team.SignedInAgent;
import io.atende.ticket.Product;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketLookup;
import io.atende.ticket.TicketNumber;
import io.atende.ticket.TicketStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff write the knowledge base here (issue 14), signed in to Tasklist in the same browser: every agent reads the
 * list; an article of a product line is written by the members of that line's team (CST for articles without a
 * product) and by the process administrators, who also keep the synonym groups. Every save is a revision; a form
 * drawn before someone else's save is refused with 409.
 */
@Controller
class ArticleAdminPage {

    static final String PATH = "/equipe/artigos";
    /** The team that writes each product line's articles; articles without a product are the CST's. */
    static final Map<Product, String> TEAMS = ArticleAuthors.TEAMS;

    private final ArticleEditor editor;
    private final Synonyms synonyms;
    private final TicketLookup tickets;
    private final SuggestionOutcomes outcomes;
    private final ArticleImages images;
    private final java.time.Clock clock;

    ArticleAdminPage(ArticleEditor editor, Synonyms synonyms, TicketLookup tickets,
            SuggestionOutcomes outcomes, ArticleImages images, java.time.Clock clock) {
        this.images = images;
        this.outcomes = outcomes;
        this.clock = clock;
        this.editor = editor;
        this.synonyms = synonyms;
        this.tickets = tickets;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        model.addAttribute("artigos", editor.all());
        model.addAttribute("administrador", admin(agent));
        return "equipe/artigos";
    }

    @GetMapping(PATH + "/novo")
    String blank(@AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        form(model, agent, null, Map.of("situacao", ArticleStatus.DRAFT.name()));
        return "equipe/artigo";
    }

    @PostMapping(PATH)
    String create(@RequestParam Map<String, String> form, @AuthenticationPrincipal SignedInAgent agent,
            HttpServletResponse response, Model model) {
        try {
            ArticleContent content = content(form);
            if (!mayWrite(agent, content.product())) {
                return refused(response, model, content.product());
            }
            Article article = editor.create(form.get("chave"), content, agent.name());
            return "redirect:" + PATH + "/" + article.getId() + "?salvo";
        } catch (InvalidArticleException e) {
            return invalid(response, model, agent, null, form, e.getMessage());
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            // another author took the same key at the same moment
            return invalid(response, model, agent, null, form, ArticleEditor.keyTaken(
                    form.getOrDefault("chave", "").strip()));
        }
    }

    @GetMapping(PATH + "/{id}")
    String edit(@PathVariable String id, @RequestParam(name = "salvo", required = false) String saved,
            @RequestParam(name = "imagem", required = false) String imageAdded,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model) {
        Optional<Article> article = article(id);
        if (article.isEmpty()) {
            return notFound(response, model);
        }
        if (saved != null) {
            model.addAttribute("sucesso", "Artigo salvo; a busca já o encontra como está.");
        }
        if (imageAdded != null) {
            model.addAttribute("sucesso", "Imagem enviada: copie a marcação dela (abaixo) para o texto e salve o artigo.");
        }
        form(model, agent, article.get(), fields(article.get()));
        return "equipe/artigo";
    }

    @PostMapping(PATH + "/{id}")
    String save(@PathVariable String id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInAgent agent,
            HttpServletResponse response, Model model) {
        Optional<Article> article = article(id);
        if (article.isEmpty()) {
            return notFound(response, model);
        }
        if (!mayWrite(agent, article.get().getProduct())) {
            return refused(response, model, article.get().getProduct());
        }
        try {
            ArticleContent content = content(form);
            if (!mayWrite(agent, content.product())) {
                return refused(response, model, content.product());
            }
            long version;
            try {
                version = Long.parseLong(form.getOrDefault("versao", ""));
            } catch (NumberFormatException e) {
                throw new InvalidArticleException("versao", "Abra o artigo de novo e envie o formulário dele.");
            }
            editor.update(article.get().getId(), version, content, form.get("nota"), agent.name());
            return "redirect:" + PATH + "/" + article.get().getId() + "?salvo";
        } catch (InvalidArticleException e) {
            return invalid(response, model, agent, article.get(), form, e.getMessage());
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            form(model, agent, editor.find(article.get().getId()).orElse(article.get()), form);
            model.addAttribute("erro", "Outra pessoa salvou este artigo enquanto você escrevia: confira a versão atual "
                    + "(no histórico abaixo) e envie de novo. O que você escreveu continua no formulário.");
            return "equipe/artigo";
        }
    }

    /** Adds an image to the article; the page then shows the markup that places it in the text (issue 14). */
    @PostMapping(PATH + "/{id}/imagens")
    String addImage(@PathVariable String id, @RequestParam(name = "imagem", required = false) MultipartFile image,
            @AuthenticationPrincipal SignedInAgent agent, HttpServletResponse response, Model model)
            throws java.io.IOException {
        Optional<Article> article = article(id);
        if (article.isEmpty()) {
            return notFound(response, model);
        }
        if (!mayWrite(agent, article.get().getProduct())) {
            return refused(response, model, article.get().getProduct());
        }
        try {
            images.add(article.get().getId(), image == null ? null : image.getOriginalFilename(),
                    image == null ? null : image.getBytes(), agent.name());
            return "redirect:" + PATH + "/" + article.get().getId() + "?imagem";
        } catch (InvalidArticleException e) {
            return invalid(response, model, agent, article.get(), fields(article.get()), e.getMessage());
        }
    }

    /** Starts a draft from a solved ticket: its subject, description and solution (issue 14). */
    @PostMapping(PATH + "/do-ticket/{number}")
    String fromTicket(@PathVariable String number, @AuthenticationPrincipal SignedInAgent agent,
            HttpServletResponse response, Model model) {
        Optional<Ticket> ticket = TicketNumber.parse(number).flatMap(tickets::byNumber);
        if (ticket.isEmpty()) {
            return notFound(response, model);
        }
        Ticket t = ticket.get();
        if (!mayWrite(agent, t.getProduct())) {
            return refused(response, model, t.getProduct());
        }
        if (t.getSolution() == null || !(t.getStatus() == TicketStatus.RESOLVIDO || t.getStatus() == TicketStatus.FECHADO)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
            model.addAttribute("detail", "O ticket " + t.number() + " ainda não tem solução proposta: um artigo parte "
                    + "de um ticket resolvido ou fechado.");
            return "equipe/erro";
        }
        Article draft = editor.draftFromTicket(t.getId(), t.getSubject(), t.getDescription(), t.getSolution(),
                t.getProduct(), t.getRoutine(), agent.name());
        return "redirect:" + PATH + "/" + draft.getId() + "?salvo";
    }

    /** R7's measure: per product, tickets avoided by a suggested article against tickets opened anyway. */
    @GetMapping(PATH + "/deflexao")
    String deflection(@RequestParam(name = "de", required = false) String from,
            @RequestParam(name = "ate", required = false) String to,
            HttpServletResponse response, Model model) {
        java.time.ZoneId brasilia = java.time.ZoneId.of("America/Sao_Paulo");
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(brasilia));
        java.time.LocalDate end;
        java.time.LocalDate start;
        try {
            end = to == null || to.isBlank() ? today : java.time.LocalDate.parse(to.strip());
            start = from == null || from.isBlank() ? end.minusDays(29) : java.time.LocalDate.parse(from.strip());
        } catch (java.time.format.DateTimeParseException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("erro", "As datas precisam estar no formato AAAA-MM-DD, como 2026-11-01.");
            model.addAttribute("taxas", List.of());
            model.addAttribute("de", from);
            model.addAttribute("ate", to);
            return "equipe/deflexao";
        }
        // a year such as +999999999 parses, and the period's end (the next day's start) overflowed: 500 (issue 24)
        String outOfRange = start.getYear() < 1900 || end.getYear() > 9999
                ? "As datas precisam estar entre 1900-01-01 e 9999-12-31." : null;
        if (outOfRange != null || start.isAfter(end)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("erro", outOfRange != null ? outOfRange
                    : "A data inicial (" + start + ") é depois da final (" + end + ").");
            model.addAttribute("taxas", List.of());
            model.addAttribute("de", from);
            model.addAttribute("ate", to);
            return "equipe/deflexao";
        }
        model.addAttribute("de", start.toString());
        model.addAttribute("ate", end.toString());
        model.addAttribute("taxas", outcomes.rates(start.atStartOfDay(brasilia).toInstant(),
                end.plusDays(1).atStartOfDay(brasilia).toInstant()));
        return "equipe/deflexao";
    }

    @GetMapping(PATH + "/sinonimos")
    String synonymsPage(@RequestParam(name = "salvo", required = false) String saved,
            HttpServletResponse response, Model model) {
        if (saved != null) {
            model.addAttribute("sucesso", "Sinônimos salvos: valem a partir da próxima busca.");
        }
        model.addAttribute("texto", synonyms.text());
        return "equipe/sinonimos";
    }

    @PostMapping(PATH + "/sinonimos")
    String saveSynonyms(@RequestParam(name = "texto", required = false) String text,
            @AuthenticationPrincipal SignedInAgent agent,
            HttpServletResponse response, Model model) {
        try {
            synonyms.replace(text, agent.name());
            return "redirect:" + PATH + "/sinonimos?salvo";
        } catch (InvalidArticleException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("erro", e.getMessage());
            model.addAttribute("texto", text);
            return "equipe/sinonimos";
        }
    }

    private static boolean admin(SignedInAgent agent) {
        return ArticleAuthors.admin(agent);
    }

    static boolean mayWrite(SignedInAgent agent, Product product) {
        return ArticleAuthors.mayWrite(agent, product);
    }

    private void form(Model model, SignedInAgent agent, Article article, Map<String, String> fields) {
        model.addAttribute("artigo", article);
        model.addAttribute("campos", fields);
        model.addAttribute("produtos", Product.values());
        model.addAttribute("situacoes", ArticleStatus.values());
        model.addAttribute("revisoes", article == null ? List.of() : editor.revisions(article.getId()));
        model.addAttribute("podeEscrever", article == null || mayWrite(agent, article.getProduct()));
        model.addAttribute("imagens", article == null ? List.of() : images.of(article.getId()));
    }

    private String invalid(HttpServletResponse response, Model model, SignedInAgent agent, Article article,
            Map<String, String> form, String message) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        form(model, agent, article, form);
        model.addAttribute("erro", message);
        return "equipe/artigo";
    }

    private static String refused(HttpServletResponse response, Model model, Product product) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("detail", "Os artigos " + (product == null ? "sem produto (assuntos da CST) são escritos pela "
                + "CST" : "de " + product + " são escritos pela equipe " + TEAMS.get(product))
                + " e pelos administradores do processo. Peça a um membro dessa equipe.");
        return "equipe/sem-acesso";
    }

    private static String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        model.addAttribute("detail", "Este artigo (ou ticket) não existe. Volte à lista de artigos.");
        return "equipe/erro";
    }

    private Optional<Article> article(String id) {
        try {
            return editor.find(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> fields(Article a) {
        Map<String, String> f = new java.util.HashMap<>();
        f.put("titulo", a.getTitle());
        f.put("corpo", a.getBody());
        f.put("produto", a.getProduct() == null ? "" : a.getProduct().name());
        f.put("rotina", a.getRoutine() == null ? "" : a.getRoutine());
        f.put("versoes", a.getVersions() == null ? "" : a.getVersions());
        f.put("etiquetas", String.join(", ", a.tagList()));
        f.put("situacao", a.getStatus().name());
        f.put("interno", a.isInternal() ? "sim" : "");
        f.put("versao", String.valueOf(a.getVersion()));
        return f;
    }

    private static ArticleContent content(Map<String, String> form) {
        Product product;
        try {
            product = HelpCenterPages.product(form.get("produto"));
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException("produto", e.getMessage());
        }
        ArticleStatus status;
        try {
            status = ArticleStatus.valueOf(form.getOrDefault("situacao", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException("situacao", "Escolha a situação: rascunho, publicado ou arquivado.");
        }
        List<String> tags = Arrays.stream(form.getOrDefault("etiquetas", "").split(",")).toList();
        return new ArticleContent(form.get("titulo"), form.get("corpo"), product, form.get("rotina"),
                form.get("versoes"), tags, status, "sim".equals(form.get("interno")));
    }
}
