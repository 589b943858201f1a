package io.atende.knowledge.selfservice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Companies;
import io.atende.account.Company;
import io.atende.account.ContactAccounts;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.account.Offer;
import io.atende.knowledge.selfservice.DownloadCentre;
import io.atende.knowledge.selfservice.DownloadRefusedException;
import io.atende.portal.PortalClient;
import io.atende.team.WebappSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * R23, R4: the download centre (customers list and download, a blocked company or an inactive contact is refused;
 * each product's team publishes, nobody else; a refused upload keeps nothing) and the public help pages.
 */
@AtendeIntegrationTest
class SelfServiceIntegrationTests {

    static final String ANA = "ana@paoquente.com.br";
    static final String MARIA = "maria@inadimplente.com.br";
    static final String R4 = "O acesso da sua empresa está bloqueado por pendência financeira ou contrato inativo";
    static final Path STORAGE = Path.of("target/test-downloads");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired DownloadCentre centre;
    @Autowired CustomerDirectory customers;
    @Autowired ContactAccounts accounts;
    @Autowired Companies companies;
    @Autowired TransactionTemplate tx;

    TestRestTemplate rest;

    @Autowired
    void noRedirects(TestRestTemplate rest) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @Test
    @DisplayName("R4: a blocked company's contact gets the refusal with CST's phone (403) on the list and on every file")
    void refusesTheBlockedCompanyTheListAndEveryFile() {
        PortalClient maria = PortalClient.loggedIn(port, MARIA, "demo");
        long existing = anyPackageId();

        Connection.Response list = maria.get("/ajuda/downloads");
        Connection.Response file = maria.get("/ajuda/downloads/" + existing + "/arquivo");
        Connection.Response missing = maria.get("/ajuda/downloads/99999999/arquivo");

        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(list.body()).getElementById("recusa").text()).contains(R4, "4003-0015, opção 7",
                "baixar pacotes de atualização");
        assertThat(Jsoup.parse(list.body()).select("#pacotes")).isEmpty();
        assertThat(file.statusCode()).isEqualTo(403);
        assertThat(file.header("Content-Disposition")).isNull();
        assertThat(file.contentType()).startsWith("text/html");
        assertThat(Jsoup.parse(file.body()).getElementById("recusa").text()).contains(R4);
        assertThat(missing.statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("A contact lists the packages, filters by product and version, downloads one whose SHA-256 is shown")
    void contactListsFiltersAndDownloads() {
        PortalClient ana = PortalClient.loggedIn(port, ANA, "demo");

        Document all = Jsoup.parse(ana.get("/ajuda/downloads").body());
        Document protheus = Jsoup.parse(ana.get("/ajuda/downloads?produto=PROTHEUS&versao=12.1.2410").body());

        assertThat(all.select("#pacotes li .etiqueta").eachText()).anyMatch(t -> t.startsWith("RM "))
                .anyMatch(t -> t.startsWith("Protheus "));
        assertThat(protheus.select("#pacotes li .etiqueta").eachText()).isNotEmpty()
                .allMatch(t -> t.equals("Protheus 12.1.2410"));
        assertThat(protheus.select("#versao option").eachAttr("value")).contains("12.1.2410", "12.1.2510");
        Element first = protheus.selectFirst("#pacotes li");
        Connection.Response file = ana.get("/ajuda/downloads/" + first.attr("data-id") + "/arquivo");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).startsWith("attachment");
        assertThat(sha256(file.bodyAsBytes())).isEqualTo(first.selectFirst("code.hash").text());
        assertThat(ana.get("/ajuda/downloads/99999999/arquivo").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("R2, R4: a contact deactivated while logged in loses the download centre at the next page")
    void refusesAnInactiveContact() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String password = "uma frase longa de teste 42";
        String email = "contato" + suffix + "@downloads.com.br";
        Customer admin = tx.execute(status -> {
            Company company = companies.save(new Company("Empresa Downloads " + suffix, Offer.PADRAO, "SP", "Santos"));
            Customer a = accounts.activateAdministrator(company.getId(), "Admin " + suffix, "admin" + suffix
                    + "@downloads.com.br");
            Customer c = accounts.invite(a, "Contato " + suffix, email, false);
            accounts.setPassword(c.contactId(), password);
            return a;
        });
        PortalClient contact = PortalClient.loggedIn(port, email, password);
        assertThat(contact.get("/ajuda/downloads").statusCode()).isEqualTo(200);

        accounts.deactivate(admin, customers.byEmail(email).orElseThrow().contactId());

        Connection.Response after = contact.get("/ajuda/downloads");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.header("Location")).endsWith("/entrar?desativado");
        assertThatThrownBy(() -> centre.available(customers.byEmail(email).orElseThrow(), null, null))
                .isInstanceOf(DownloadRefusedException.class).hasMessageContaining("desativado");
        assertThat(PortalClient.loggedIn(port, ANA, "demo").get("/ajuda/downloads").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("The Protheus team publishes a Protheus package: one row, one file, and customers download it")
    void teamMemberPublishesForTheirProduct() {
        HttpHeaders carla = WebappSession.signedInToTasklist(rest, "agente-suporte-protheus");
        int rows = rows();
        long files = files();
        byte[] content = ("pacote de teste " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> sent = upload(carla, "PROTHEUS", "12.1.2510", "Pacote do teste de publicação",
                "Corrige o teste.", "teste-publicacao.zip", content);

        assertThat(sent.getStatusCode().value()).isEqualTo(302);
        assertThat(sent.getHeaders().getLocation().toString()).endsWith("/equipe/downloads?publicado");
        assertThat(rows()).isEqualTo(rows + 1);
        assertThat(files()).isEqualTo(files + 1);
        Document page = Jsoup.parse(get("/equipe/downloads?publicado", carla).getBody());
        assertThat(page.getElementById("sucesso")).isNotNull();
        assertThat(page.select("#pacotes tbody tr").eachText()).anyMatch(r -> r.contains("Pacote do teste de publicação")
                && r.contains("Carla Mendes"));
        PortalClient ana = PortalClient.loggedIn(port, ANA, "demo");
        Element card = Jsoup.parse(ana.get("/ajuda/downloads?produto=PROTHEUS&versao=12.1.2510").body())
                .select("#pacotes li").stream().filter(li -> li.text().contains("Pacote do teste de publicação"))
                .findFirst().orElseThrow();
        assertThat(ana.get("/ajuda/downloads/" + card.attr("data-id") + "/arquivo").bodyAsBytes()).isEqualTo(content);
    }

    @Test
    @DisplayName("Another team's agent may not publish Protheus packages (403), CST none (403), nobody signed in 401")
    void refusesOtherTeamsAndStrangers() {
        int rows = rows();
        long files = files();
        HttpHeaders rm = WebappSession.signedInToTasklist(rest, "agente-suporte-rm");
        HttpHeaders cst = WebappSession.signedInToTasklist(rest, "agente-cst");
        HttpHeaders nobody = WebappSession.open(rest);
        byte[] content = "x".getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> byRm = upload(rm, "PROTHEUS", "12.1.2510", "Indevido", "x", "indevido.zip", content);
        assertThat(byRm.getStatusCode().value()).isEqualTo(403);
        assertThat(Jsoup.parse(byRm.getBody()).getElementById("erro").text()).contains("Protheus");
        assertThat(Jsoup.parse(get("/equipe/downloads", rm).getBody()).select("#produto option").eachAttr("value"))
                .containsExactly("RM");
        assertThat(get("/equipe/downloads", cst).getStatusCode().value()).isEqualTo(403);
        assertThat(upload(cst, "PROTHEUS", "12.1.2510", "Indevido", "x", "indevido.zip", content).getStatusCode()
                .value()).isEqualTo(403);
        assertThat(get("/equipe/downloads", nobody).getStatusCode().value()).isEqualTo(401);
        assertThat(upload(nobody, "PROTHEUS", "12.1.2510", "Indevido", "x", "indevido.zip", content).getStatusCode()
                .value()).isEqualTo(401);
        assertThat(rows()).isEqualTo(rows);
        assertThat(files()).isEqualTo(files);
    }

    @Test
    @DisplayName("A bad upload is a 400 with the reason and what was typed; no row and no file are kept")
    void refusesBadUploadsKeepingNothing() {
        HttpHeaders admin = WebappSession.signedInToTasklist(rest, "demo");
        int rows = rows();
        long files = files();
        byte[] content = "conteudo".getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> type = upload(admin, "RMS", "2025.1", "Tipo errado", "x", "pacote.docx", content);
        ResponseEntity<String> empty = upload(admin, "RMS", "2025.1", "Vazio", "x", "pacote.zip", new byte[0]);
        ResponseEntity<String> noTitle = upload(admin, "RMS", "2025.1", " ", "x", "pacote.zip", content);
        ResponseEntity<String> noFile = upload(admin, "RMS", "2025.1", "Sem arquivo", "x", null, null);
        ResponseEntity<String> badVersion = upload(admin, "RMS", "2025/1 <b>", "Versão", "x", "pacote.zip", content);
        ResponseEntity<String> noProduct = upload(admin, "SAP", "1.0", "Produto", "x", "pacote.zip", content);

        assertThat(type.getStatusCode().value()).isEqualTo(400);
        assertThat(error(type)).contains("não é de um tipo aceito");
        assertThat(Jsoup.parse(type.getBody()).getElementById("titulo").val()).isEqualTo("Tipo errado");
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(error(empty)).contains("está vazio");
        assertThat(noTitle.getStatusCode().value()).isEqualTo(400);
        assertThat(error(noTitle)).contains("Escreva o título");
        assertThat(noFile.getStatusCode().value()).isEqualTo(400);
        assertThat(error(noFile)).contains("Escolha o arquivo");
        assertThat(badVersion.getStatusCode().value()).isEqualTo(400);
        assertThat(error(badVersion)).contains("versão");
        assertThat(noProduct.getStatusCode().value()).isEqualTo(400);
        assertThat(error(noProduct)).contains("Escolha o produto");
        assertThat(rows()).isEqualTo(rows);
        assertThat(files()).isEqualTo(files);
    }

    @Test
    @DisplayName("R23: communities and the life-cycle calendar are public, with the portal's security headers")
    void publicPagesNeedNoLogin() {
        ResponseEntity<String> communities = rest.getForEntity("/ajuda/comunidades", String.class);
        ResponseEntity<String> lifeCycle = rest.getForEntity("/ajuda/ciclo-de-vida", String.class);
        ResponseEntity<String> portalLogin = rest.getForEntity("/entrar", String.class);

        assertThat(communities.getStatusCode().value()).isEqualTo(200);
        assertThat(lifeCycle.getStatusCode().value()).isEqualTo(200);
        String csp = portalLogin.getHeaders().getFirst("Content-Security-Policy");
        assertThat(csp).isNotBlank();
        for (ResponseEntity<String> page : java.util.List.of(communities, lifeCycle)) {
            assertThat(page.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(csp);
            assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        Document c = Jsoup.parse(communities.getBody());
        assertThat(c.select("#comunidades li").eachAttr("data-produto")).contains("PROTHEUS", "RM", "DATASUL", "LOGIX",
                "SERIE1", "RMS", "FLUIG");
        assertThat(c.getElementById("entrar")).isNotNull();
        Document l = Jsoup.parse(lifeCycle.getBody());
        assertThat(l.select("main section h2").eachText()).containsExactly("Protheus", "RM", "Datasul", "Logix",
                "Série 1", "RMS", "fluig");
        assertThat(l.select("#produto-PROTHEUS tbody tr").eachAttr("data-versao"))
                .containsExactly("12.1.2510", "12.1.2410", "12.1.2310", "12.1.2210");
        assertThat(l.select(".situacao-ciclo").eachText()).hasSize(22)
                .allMatch(s -> s.matches("suportada|fim do suporte (em \\d+ dias?|hoje)|sem suporte"));
        assertThat(rest.getForEntity("/ajuda/downloads", String.class).getStatusCode().value()).isEqualTo(302);
        assertThat(Jsoup.parse(PortalClient.loggedIn(port, ANA, "demo").get("/ajuda/ciclo-de-vida").body())
                .select("header nav").text()).contains("Meus tickets", "Sair");
    }

    private long anyPackageId() {
        return jdbc.queryForObject("select min(id) from download_package", Long.class);
    }

    private int rows() {
        return jdbc.queryForObject("select count(*) from download_package", Integer.class);
    }

    private static long files() {
        if (!Files.isDirectory(STORAGE)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(STORAGE)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String error(ResponseEntity<String> page) {
        return Jsoup.parse(page.getBody()).getElementById("erro").text();
    }

    private ResponseEntity<String> get(String path, HttpHeaders session) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(session), String.class);
    }

    /** The staff form as a browser sends it; the CSRF token of the session comes from any page with a form. */
    private ResponseEntity<String> upload(HttpHeaders session, String product, String version, String title,
            String notes, String fileName, byte[] content) {
        ResponseEntity<String> login = get("/entrar", session);
        WebappSession.keepCookies(session, login);
        Element token = Jsoup.parse(login.getBody()).selectFirst("input[name=_csrf]");
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("_csrf", token == null ? "" : token.val());
        parts.add("produto", product);
        parts.add("versao", version);
        parts.add("titulo", title);
        parts.add("notas", notes);
        if (fileName != null) {
            parts.add("arquivo", new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(session);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/equipe/downloads", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
