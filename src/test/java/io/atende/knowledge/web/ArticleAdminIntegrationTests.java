package io.atende.knowledge.web;

import io.atende.ticket.AnalysisOutcome;
import static io.atende.ticket.TicketFixtures.ANA;
import static io.atende.ticket.TicketFixtures.supportDraft;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.knowledge.KnowledgeSearch.Reader;
import io.atende.knowledge.KnowledgeSearch;
import io.atende.portal.PortalClient;
import io.atende.team.WebappSession;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;
import io.atende.ticket.TicketProcess;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 14, staff write the knowledge base: a product's team writes its articles, other teams are refused, bad
 * input writes nothing, a stale form is a 409, every save a revision; the process administrators keep the synonym
 * groups, which the next search uses; a draft starts from a solved ticket; the deflection rate per product.
 */
@AtendeIntegrationTest
class ArticleAdminIntegrationTests {

    static final String PROTHEUS_AGENT = "agente-suporte-protheus";
    static final String RM_AGENT = "agente-suporte-rm";

    @Autowired JdbcTemplate jdbc;
    @Autowired KnowledgeSearch search;
    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired ProcessEngine engine;
    @LocalServerPort int port;
    TestRestTemplate rest;

    @Autowired
    void noRedirects(TestRestTemplate rest) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @Test
    @DisplayName("The product's team writes its article; another team is refused; each save is a revision; stale 409")
    void teamWritesItsArticles() {
        HttpHeaders protheus = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);
        ResponseEntity<String> created = post("/equipe/artigos", article("Erro de gravação do quebra-nozes fiscal",
                "PROTHEUS", "PUBLISHED"), protheus);
        assertThat(created.getStatusCode().value()).isEqualTo(302);
        String path = created.getHeaders().getLocation().getPath();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(search.search("quebra nozes", null, Reader.PUBLIC, 5)).extracting("id").contains(id);

        long before = count();
        ResponseEntity<String> refused = post("/equipe/artigos", article("Artigo do RM sobre Protheus", "PROTHEUS",
                "PUBLISHED"), WebappSession.signedInToTasklist(rest, RM_AGENT));
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.getBody()).getElementById("sem-acesso").text()).contains("suporte-protheus");
        assertThat(post(path, with(article("Outro título", "PROTHEUS", "PUBLISHED"), "versao", "0"),
                WebappSession.signedInToTasklist(rest, RM_AGENT)).getStatusCode().value()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);

        assertThat(post(path, with(article("Erro de gravação do quebra-nozes fiscal (revisado)", "PROTHEUS",
                "PUBLISHED"), "versao", "0", "nota", "Título revisado."), protheus).getStatusCode().value())
                .isEqualTo(302);
        ResponseEntity<String> stale = post(path, with(article("Mais uma mudança", "PROTHEUS", "PUBLISHED"),
                "versao", "0"), protheus);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(Jsoup.parse(stale.getBody()).getElementById("titulo").val()).isEqualTo("Mais uma mudança");
        assertThat(jdbc.queryForList("select note from kb_article_revision where article_id = ? order by revision",
                String.class, id)).containsExactly("Criado.", "Título revisado.");
        assertThat(get(path, WebappSession.signedInToTasklist(rest, RM_AGENT)).getBody()).contains("so-leitura");
    }

    @Test
    @DisplayName("Bad input: 400 with the message on the page, the typed text kept, and no row")
    void badInputWritesNothing() {
        HttpHeaders protheus = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);
        long before = count();
        for (MultiValueMap<String, String> bad : new MultiValueMap[] {article("", "PROTHEUS", "PUBLISHED"),
                article("Sem situação", "PROTHEUS", "QUALQUER"), article("Produto errado", "SAP", "PUBLISHED"),
                with(article("Só script", "PROTHEUS", "PUBLISHED"), "corpo", "<script>alert(1)</script>"),
                with(article("Chave ruim", "PROTHEUS", "PUBLISHED"), "chave", "Chave Com Espaço")}) {
            ResponseEntity<String> page = post("/equipe/artigos", bad, protheus);
            assertThat(page.getStatusCode().value()).as(bad.toString()).isEqualTo(400);
            assertThat(Jsoup.parse(page.getBody()).getElementById("erro").text()).isNotBlank();
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("Issue 24: a key another article has is 400 with the form again, the typed text and key kept; one row")
    void takenKeyKeepsTheText() {
        HttpHeaders protheus = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);
        String key = "chave-repetida-" + System.nanoTime();
        assertThat(post("/equipe/artigos", with(article("Primeiro", "PROTHEUS", "DRAFT"), "chave", key), protheus)
                .getStatusCode().value()).isEqualTo(302);
        long before = count();

        ResponseEntity<String> page = post("/equipe/artigos", with(article("Segundo com a mesma chave", "PROTHEUS",
                "DRAFT"), "chave", key, "corpo", "<p>Texto longo que o autor não quer perder.</p>"), protheus);

        assertThat(page.getStatusCode().value()).isEqualTo(400);
        org.jsoup.nodes.Document doc = Jsoup.parse(page.getBody());
        assertThat(doc.getElementById("erro").text()).contains("Já existe um artigo com a chave '" + key + "'");
        assertThat(doc.getElementById("corpo").text()).contains("Texto longo que o autor não quer perder.");
        assertThat(doc.getElementById("titulo").attr("value")).isEqualTo("Segundo com a mesma chave");
        assertThat(doc.getElementById("chave").attr("value")).isEqualTo(key);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("Synonyms: the process administrators keep them and the next search uses them; agents 403")
    void synonymsKeptByProcessAdministrators() {
        HttpHeaders agent = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);
        assertThat(get("/equipe/artigos/sinonimos", agent).getStatusCode().value()).isEqualTo(403);
        HttpHeaders admin = WebappSession.signedInToTasklist(rest, "demo");
        String text = Jsoup.parse(get("/equipe/artigos/sinonimos", admin).getBody()).getElementById("texto").text();
        assertThat(search.search("zabumba", null, Reader.PUBLIC, 3)).isEmpty();

        ResponseEntity<String> bad = post("/equipe/artigos/sinonimos", form("texto", text + "\nsó uma palavra"), admin,
                "/equipe/artigos/sinonimos");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(post("/equipe/artigos/sinonimos", form("texto", text + "\nzabumba, segunda via de boleto"), admin,
                "/equipe/artigos/sinonimos").getStatusCode().value()).isEqualTo(302);

        assertThat(search.search("zabumba", null, Reader.PUBLIC, 3)).extracting("key").contains("cst-segunda-via-boleto");
        assertThat(post("/equipe/artigos/sinonimos", form("texto", text), admin, "/equipe/artigos/sinonimos")
                .getStatusCode().value()).isEqualTo(302);
    }

    @Test
    @DisplayName("A draft starts from a solved ticket, with its subject and solution; not from an open one")
    void draftFromSolvedTicket() {
        Ticket ticket = desk.open(customers.byEmail(ANA).orElseThrow(), supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        HttpHeaders protheus = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);
        assertThat(post("/equipe/artigos/do-ticket/" + ticket.number(), form(), protheus).getStatusCode().value())
                .isEqualTo(400);
        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket.number().toString())
                .singleResult().getId();
        engine.getTaskService().complete(task, Map.of(TicketProcess.VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(),
                TicketProcess.VAR_SOLUTION.name(), "Atualize o RPO e refaça o faturamento."));
        assertThat(post("/equipe/artigos/do-ticket/" + ticket.number(), form(), WebappSession.signedInToTasklist(rest,
                RM_AGENT)).getStatusCode().value()).isEqualTo(403);

        ResponseEntity<String> draft = post("/equipe/artigos/do-ticket/" + ticket.number(), form(), protheus);

        assertThat(draft.getStatusCode().value()).isEqualTo(302);
        Map<String, Object> row = jdbc.queryForMap("select title, body, status, product from kb_article "
                + "where source_ticket_id = ?", ticket.getId());
        assertThat(row.get("STATUS") == null ? row.get("status") : row.get("STATUS")).isEqualTo("DRAFT");
        assertThat(String.valueOf(row.containsKey("BODY") ? row.get("BODY") : row.get("body")))
                .contains("Atualize o RPO e refaça o faturamento.");
    }

    @Test
    @DisplayName("R7: the deflection rate per product for staff; strangers and customers 401; bad dates 400")
    void deflectionRate() {
        assertThat(get("/equipe/artigos/deflexao", new HttpHeaders()).getStatusCode().value()).isEqualTo(401);
        assertThat(PortalClient.loggedIn(port, ANA, "demo").get("/equipe/artigos/deflexao").statusCode()).isEqualTo(401);
        HttpHeaders agent = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);
        assertThat(get("/equipe/artigos/deflexao?de=ontem", agent).getStatusCode().value()).isEqualTo(400);
        for (String query : new String[] {"?ate=%2B999999999-12-31", "?de=-999999999-01-01"}) {
            ResponseEntity<String> outOfRange = rest.exchange(java.net.URI.create("/equipe/artigos/deflexao" + query),
                    HttpMethod.GET, new HttpEntity<>(agent), String.class);
            assertThat(outOfRange.getStatusCode().value()).as(query).isEqualTo(400); // issue 24: was 500
            assertThat(outOfRange.getBody()).as(query).contains("entre 1900-01-01");
        }
        ResponseEntity<String> page = get("/equipe/artigos/deflexao?de=2020-01-01", agent);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("Tickets evitados pela Central de Ajuda");
    }

    @Test
    @DisplayName("Images: the team uploads a PNG, the article shows it to its readers only; not an image 400, no row")
    void images() {
        HttpHeaders protheus = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);
        String path = post("/equipe/artigos", article("Tela do pilão fiscal", "PROTHEUS", "PUBLISHED"), protheus)
                .getHeaders().getLocation().getPath();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0};

        assertThat(upload(path, "tela.png", png, WebappSession.signedInToTasklist(rest, RM_AGENT)).getStatusCode().value())
                .isEqualTo(403);
        ResponseEntity<String> notImage = upload(path, "tela.png", "não sou imagem".getBytes(), protheus);
        assertThat(notImage.getStatusCode().value()).isEqualTo(400);
        assertThat(Jsoup.parse(notImage.getBody()).getElementById("erro").text()).contains("PNG, JPEG, GIF ou WebP");
        assertThat(jdbc.queryForObject("select count(*) from kb_article_image where article_id = ?", Long.class, id))
                .isZero();
        assertThat(upload(path, "tela.png", png, protheus).getStatusCode().value()).isEqualTo(302);
        String key = jdbc.queryForObject("select storage_key from kb_article_image where article_id = ? and file_name = "
                + "'tela.png'", String.class, id);
        assertThat(get(path, protheus).getBody()).contains("/ajuda/imagens/" + key);

        // issue 24: a ~480-character name was refused 413 "Envio grande demais" (Tomcat's 512-byte part headers)
        String longName = "captura-de-tela-".repeat(29) + "fim.png";
        assertThat(upload(path, longName, png, protheus).getStatusCode().value()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select file_name from kb_article_image where article_id = ? and file_name "
                + "like '%fim.png'", String.class, id)).hasSize(200).endsWith("fim.png");
        ResponseEntity<String> absurd = upload(path, "x".repeat(9000) + ".png", png, protheus);
        assertThat(absurd.getStatusCode().value()).isEqualTo(400);
        assertThat(absurd.getBody()).contains("nome de um arquivo enviado é longo demais");

        ResponseEntity<byte[]> served = rest.exchange("/ajuda/imagens/" + key, HttpMethod.GET, HttpEntity.EMPTY,
                byte[].class);
        assertThat(served.getStatusCode().value()).isEqualTo(200);
        assertThat(served.getHeaders().getContentType().toString()).isEqualTo("image/png");
        assertThat(served.getBody()).isEqualTo(png);
        String version = Jsoup.parse(get(path, protheus).getBody()).selectFirst("input[name=versao]").val();
        assertThat(post(path, with(article("Tela do pilão fiscal", "PROTHEUS", "PUBLISHED"), "interno", "sim",
                "versao", version, "corpo", "<p>Veja:</p><img src=\"/ajuda/imagens/" + key + "\" alt=\"tela\">"
                        + "<img src=\"https://exemplo.com/x.png\">"), protheus).getStatusCode().value()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select body from kb_article where id = ?", String.class, id))
                .contains("src=\"/ajuda/imagens/" + key + "\"").doesNotContain("exemplo.com");
        assertThat(rest.exchange("/ajuda/imagens/" + key, HttpMethod.GET, HttpEntity.EMPTY, byte[].class)
                .getStatusCode().value()).as("the article is internal now").isEqualTo(404);
        assertThat(rest.exchange("/ajuda/imagens/" + key, HttpMethod.GET, new HttpEntity<>(protheus), byte[].class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(rest.exchange("/ajuda/imagens/0123456789abcdef0123456789abcdef", HttpMethod.GET, HttpEntity.EMPTY,
                byte[].class).getStatusCode().value()).isEqualTo(404);
    }

    private ResponseEntity<String> upload(String articlePath, String name, byte[] bytes, HttpHeaders session) {
        ResponseEntity<String> page = get("/equipe/artigos/novo", session);
        WebappSession.keepCookies(session, page);
        String token = Jsoup.parse(page.getBody()).selectFirst("input[name=_csrf]").attr("value");
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("imagem", new org.springframework.core.io.ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(session);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange(articlePath + "/imagens?_csrf=" + token, HttpMethod.POST, new HttpEntity<>(parts, headers),
                String.class);
    }

    @Test
    @DisplayName("Signed out of Tasklist: 401 on the list and the forms, and nothing written")
    void signedOut() {
        assertThat(get("/equipe/artigos", new HttpHeaders()).getStatusCode().value()).isEqualTo(401);
        assertThat(get("/equipe/artigos/novo", new HttpHeaders()).getStatusCode().value()).isEqualTo(401);
        assertThat(PortalClient.loggedIn(port, ANA, "demo").get("/equipe/artigos").statusCode()).isEqualTo(401);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from kb_article", Long.class);
    }

    private static MultiValueMap<String, String> article(String title, String product, String status) {
        return form("titulo", title, "produto", product, "situacao", status, "corpo",
                "<h2>Sintoma</h2><p>O quebra-nozes fiscal não grava.</p>", "etiquetas", "teste, nozes");
    }

    private static MultiValueMap<String, String> with(MultiValueMap<String, String> form, String... pairs) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(form);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.set(pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        return with(new LinkedMultiValueMap<>(), pairs);
    }

    private ResponseEntity<String> get(String path, HttpHeaders session) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(session), String.class);
    }

    private ResponseEntity<String> post(String path, MultiValueMap<String, String> form, HttpHeaders session) {
        return post(path, form, session, "/equipe/artigos/novo");
    }

    /** A POST with the CSRF token of the page {@code tokenPage} (a form page of the same session). */
    private ResponseEntity<String> post(String path, MultiValueMap<String, String> form, HttpHeaders session,
            String tokenPage) {
        ResponseEntity<String> page = get(tokenPage, session);
        WebappSession.keepCookies(session, page);
        var token = page.getBody() == null ? null : Jsoup.parse(page.getBody()).selectFirst("input[name=_csrf]");
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>(form);
        fields.set("_csrf", token == null ? "" : token.attr("value"));
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(session);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(fields, headers), String.class);
    }
}
