package io.atende.knowledge;

import static io.atende.ticket.TicketFixtures.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.knowledge.KnowledgeSearch.Reader;
import io.atende.portal.PortalClient;
import io.atende.team.WebappSession;
import io.atende.ticket.Product;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 14, the knowledge base's search: the quality cases of {@code knowledge/search-quality.yml} (written before
 * the search was tuned) against the demo articles; who sees internal articles; the index built again when it is
 * lost, and kept as articles change.
 */
@AtendeIntegrationTest
class KnowledgeSearchIntegrationTests {

    @Autowired KnowledgeSearch search;
    @Autowired ArticleEditor editor;
    @Autowired KnowledgeIndex index;
    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;

    @TestFactory
    @DisplayName("R23: each query a customer or an agent would type finds its article near the top")
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> searchQuality() throws Exception {
        List<Map<String, Object>> cases;
        try (InputStream in = getClass().getResourceAsStream("/knowledge/search-quality.yml")) {
            cases = (List<Map<String, Object>>) ((Map<String, Object>) new Yaml().load(in)).get("cases");
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.get("query") + " → "
                + c.getOrDefault("expected", "not " + c.get("expected_absent")), () -> {
            Product product = c.get("product") == null ? null : Product.valueOf(c.get("product").toString());
            if (c.get("expected_absent") != null) {
                List<String> keys = keys(search.search((String) c.get("query"), product, Reader.PUBLIC, 50));
                assertThat(keys).doesNotContain((String) c.get("expected_absent"));
                assertThat(keys(search.search((String) c.get("query"), product, Reader.STAFF, 50)))
                        .as("staff find it").contains((String) c.get("expected_absent"));
            } else {
                int within = ((Number) c.getOrDefault("within", 3)).intValue();
                assertThat(keys(search.search((String) c.get("query"), product, Reader.PUBLIC, within)))
                        .as("%s (%s)", c.get("query"), c.get("why")).contains((String) c.get("expected"));
            }
        }));
    }

    @Test
    @DisplayName("Internal articles: staff find and read them; customers and strangers neither find nor open them")
    void internalArticlesForStaffOnly() {
        Article internal = editor.create(null, new ArticleContent("Procedimento interno de reprocessamento do "
                + "xilofone fiscal", "<p>Passo a passo do xilofone para a equipe.</p>", Product.PROTHEUS, null, null,
                List.of(), ArticleStatus.PUBLISHED, true), "Teste");

        assertThat(keys(search.search("xilofone", null, Reader.PUBLIC, 10))).doesNotContain(internal.getKey());
        assertThat(keys(search.search("xilofone", null, Reader.STAFF, 10))).contains(internal.getKey());
        String path = "/ajuda/artigos/" + internal.getKey();
        assertThat(get(path, new HttpHeaders()).getStatusCode().value()).isEqualTo(404);
        assertThat(PortalClient.loggedIn(port, ANA, "demo").get(path).statusCode()).isEqualTo(404);
        ResponseEntity<String> staff = get(path, WebappSession.signedInToTasklist(rest, "agente-suporte-rm"));
        assertThat(staff.getStatusCode().value()).isEqualTo(200);
        assertThat(Jsoup.parse(staff.getBody()).getElementById("aviso-interno")).isNotNull();
        assertThat(Jsoup.parse(get("/ajuda?q=xilofone", new HttpHeaders()).getBody()).select("#resultados li")).isEmpty();
        assertThat(Jsoup.parse(get("/ajuda?q=xilofone", WebappSession.signedInToTasklist(rest, "demo")).getBody())
                .select("#resultados li a").eachText()).contains(internal.getTitle());
    }

    @Test
    @DisplayName("Drafts and archived articles are not found; publishing a draft makes it found at once")
    void onlyPublishedAreFound() {
        Article draft = editor.create(null, new ArticleContent("Como configurar o periscópio de impostos",
                "<p>Texto do periscópio.</p>", Product.RM, null, null, List.of(), ArticleStatus.DRAFT, false), "Teste");
        assertThat(keys(search.search("periscopio", null, Reader.STAFF, 10))).doesNotContain(draft.getKey());
        assertThat(get("/ajuda/artigos/" + draft.getKey(), new HttpHeaders()).getStatusCode().value()).isEqualTo(404);

        ArticleContent published = new ArticleContent(draft.getTitle(), draft.getBody(), Product.RM, null, null, List.of(),
                ArticleStatus.PUBLISHED, false);
        Article saved = editor.update(draft.getId(), draft.getVersion(), published, "Revisado.", "Teste");
        assertThat(keys(search.search("periscópios", Product.RM, Reader.PUBLIC, 10))).contains(draft.getKey());
        assertThat(keys(search.search("periscopio", Product.DATASUL, Reader.PUBLIC, 10))).as("another product")
                .doesNotContain(draft.getKey());
        editor.update(draft.getId(), saved.getVersion(), new ArticleContent("Como configurar o telescópio de impostos",
                draft.getBody().replace("periscópio", "telescópio"), Product.RM, null, null, List.of(),
                ArticleStatus.ARCHIVED, false), null, "Teste");
        assertThat(keys(search.search("periscopio telescopio", null, Reader.STAFF, 10))).doesNotContain(draft.getKey());
        assertThat(editor.revisions(draft.getId())).extracting(ArticleRevision::getRevision).containsExactly(3, 2, 1);
    }

    @Test
    @DisplayName("An article's change is what the search finds: the new words, not the old ones")
    void indexFollowsChanges() {
        Article article = editor.create(null, new ArticleContent("Rotina do astrolábio contábil",
                "<p>O astrolábio calcula.</p>", Product.DATASUL, null, null, List.of("astrolábio"),
                ArticleStatus.PUBLISHED, false), "Teste");
        assertThat(keys(search.search("astrolabio", null, Reader.PUBLIC, 10))).contains(article.getKey());

        editor.update(article.getId(), article.getVersion(), new ArticleContent("Rotina do sextante contábil",
                "<p>O sextante calcula.</p>", Product.DATASUL, null, null, List.of("sextante"), ArticleStatus.PUBLISHED,
                false), "Outro instrumento.", "Teste");

        assertThat(keys(search.search("sextante", null, Reader.PUBLIC, 10))).contains(article.getKey());
        assertThat(keys(search.search("astrolabio", null, Reader.PUBLIC, 10))).doesNotContain(article.getKey());
    }

    @Test
    @DisplayName("A lost index is built again from the database on start, and finds what it found before")
    void indexBuiltAgainWhenLost() {
        List<String> before = keys(search.search("nota fiscal", null, Reader.STAFF, 10));
        assertThat(before).isNotEmpty();

        index.purge();
        assertThat(index.indexed()).isZero();
        assertThat(search.search("nota fiscal", null, Reader.STAFF, 10)).isEmpty();
        index.rebuildWhenMissing();

        assertThat(index.indexed()).isPositive();
        assertThat(keys(search.search("nota fiscal", null, Reader.STAFF, 10))).isEqualTo(before);
    }

    @Test
    @DisplayName("R7: the suggestions answer JSON whatever the request accepts; an unknown product is a 400 in Portuguese")
    void suggestionsAsJson() {
        HttpHeaders html = new HttpHeaders();
        html.set("Accept", "text/html");
        ResponseEntity<String> ok = get("/ajuda/sugestoes?assunto=notas fiscais rejeitadas&produto=PROTHEUS", html);
        assertThat(ok.getStatusCode().value()).isEqualTo(200);
        assertThat(ok.getHeaders().getContentType().toString()).startsWith("application/json");
        assertThat(ok.getBody()).contains("\"chave\":\"protheus-nfe-rejeicao-539\"", "/ajuda/artigos/");
        assertThat(ok.getBody().split("\"chave\"")).hasSizeBetween(2, 6);
        assertThat(get("/ajuda/sugestoes?assunto=Rejeição 539 na NF-e&produto=PROTHEUS", html).getBody()
                .split("\"chave\"")).as("a loose match under a third of the best is no suggestion").hasSize(2);
        ResponseEntity<String> bad = get("/ajuda/sugestoes?assunto=nota&produto=SAP", html);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).contains("Produto desconhecido");
        ResponseEntity<String> page = get("/ajuda?q=nota&produto=SAP", new HttpHeaders());
        assertThat(page.getStatusCode().value()).isEqualTo(400);
        assertThat(Jsoup.parse(page.getBody()).getElementById("erro").text()).contains("Produto desconhecido");
        assertThat(get("/ajuda/sugestoes?assunto=ab", html).getBody()).isEqualTo("[]");
    }

    @Test
    @DisplayName("Unsafe HTML is removed before an article is saved (no script, no event handlers)")
    void bodyIsMadeSafe() {
        Article article = editor.create(null, new ArticleContent("Artigo com HTML perigoso",
                "<h2>Passos</h2><script>alert(1)</script><p onclick=\"x()\">Texto <a href=\"javascript:x()\">link</a></p>"
                        + "<pre><code>SELECT 1</code></pre>", null, null, null, List.of(), ArticleStatus.DRAFT, false),
                "Teste");
        assertThat(article.getBody()).contains("<h2>Passos</h2>", "<pre><code>SELECT 1</code></pre>")
                .doesNotContain("script", "onclick", "javascript");
    }

    private ResponseEntity<String> get(String path, HttpHeaders session) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(session), String.class);
    }

    private static List<String> keys(List<ArticleHit> hits) {
        return new ArrayList<>(hits.stream().map(ArticleHit::key).toList());
    }
}
