package io.atende.ticket.web;

import io.atende.ticket.AnalysisOutcome;
import static io.atende.ticket.TicketFixtures.ANA;
import static io.atende.ticket.TicketProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.team.WebappSession;
import io.atende.ticket.Channel;
import io.atende.ticket.Environment;
import io.atende.ticket.Impact;
import io.atende.ticket.Product;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketDraft;
import io.atende.ticket.TicketType;
import io.atende.ticket.Urgency;
import org.camunda.bpm.engine.ProcessEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 14 for agents: the staff ticket page lists the knowledge articles matching the ticket (internal ones too,
 * marked), and offers the agents who write its product line's articles to start one from the solved ticket.
 */
@AtendeIntegrationTest
class StaffTicketArticlesIntegrationTests {

    static final String PROTHEUS_AGENT = "agente-suporte-protheus";
    static final String CST_AGENT = "agente-cst";
    static final String REJECTION_539 = "/ajuda/artigos/protheus-nfe-rejeicao-539";
    static final String INTERNAL_TSS = "/ajuda/artigos/protheus-interno-nfe-parada-tss";

    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;

    TestRestTemplate rest;

    @Autowired
    void noRedirects(TestRestTemplate rest) {
        this.rest = rest.withRedirects(Redirects.DONT_FOLLOW);
    }

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @Test
    @DisplayName("The page lists up to five articles matching the ticket's subject and routine, each linking to its page")
    void listsArticlesMatchingTheTicket() {
        Ticket ticket = open("Rejeição 539 na NF-e", "SPEDNFE");

        Document page = page(ticket, WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT));

        assertThat(page.select("#artigos h2").text()).isEqualTo("Artigos relacionados");
        assertThat(page.select("#artigos-relacionados li")).hasSizeBetween(1, 5);
        Element first = page.selectFirst("#artigos-relacionados li a");
        assertThat(first.attr("href")).isEqualTo(REJECTION_539);
        assertThat(first.text()).startsWith("Rejeição 539 na transmissão da NF-e");
        assertThat(page.getElementById("criar-artigo")).as("an open ticket has no solution yet").isNull();
    }

    @Test
    @DisplayName("Internal articles show to staff, marked so that they are not cited to the customer")
    void showsInternalArticlesMarked() {
        Ticket ticket = open("NF-e parada aguardando processamento no TSS", "TSS");

        Document page = page(ticket, WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT));

        Element internal = page.selectFirst("#artigos-relacionados a[href=" + INTERNAL_TSS + "]");
        assertThat(internal).isNotNull();
        assertThat(internal.parent().select(".interna-marca").text()).contains("interno");
        assertThat(page.select("#artigos-relacionados li:not(:has(.interna-marca)) a"))
                .allSatisfy(a -> assertThat(a.attr("href")).isNotEqualTo(INTERNAL_TSS));
    }

    @Test
    @DisplayName("A solved ticket: its product's writers get the button and a draft article; an agent of CST does not")
    void startsADraftArticleFromASolvedTicket() {
        Ticket ticket = open("Rejeição 539 na NF-e ao transmitir", "SPEDNFE");
        complete(task(processInstanceQuery().processInstanceBusinessKey(ticket.getId().toString()).singleResult()),
                withVariables(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(),
                        "Consulte a chave no portal da NF-e e transmita de novo com os dados originais."));

        HttpHeaders cst = WebappSession.signedInToTasklist(rest, CST_AGENT);
        Document cstPage = page(ticket, cst);
        assertThat(cstPage.getElementById("artigos")).as("CST reads every ticket").isNotNull();
        assertThat(cstPage.getElementById("criar-artigo")).as("but writes only articles without a product").isNull();

        HttpHeaders writer = WebappSession.signedInToTasklist(rest, PROTHEUS_AGENT);
        ResponseEntity<String> response = rest.exchange(StaffTicketLinks.PATH + ticket.getId(), HttpMethod.GET,
                new HttpEntity<>(writer), String.class);
        WebappSession.keepCookies(writer, response);
        Document page = Jsoup.parse(response.getBody());
        Element form = page.getElementById("form-artigo");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo("/equipe/artigos/do-ticket/" + ticket.getId());
        assertThat(page.getElementById("criar-artigo").text()).isEqualTo("Criar artigo a partir deste ticket");
        String token = form.selectFirst("input[name=_csrf]").attr("value");

        assertThat(post(form.attr("action"), writer, "").getStatusCode()).as("without the CSRF token")
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> created = post(form.attr("action"), writer, token);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(created.getHeaders().getLocation().getPath()).matches("/equipe/artigos/\\d+");
        ResponseEntity<String> draft = rest.exchange(created.getHeaders().getLocation().getPath(), HttpMethod.GET,
                new HttpEntity<>(writer), String.class);
        assertThat(draft.getBody()).contains("Rejeição 539 na NF-e ao transmitir", "Consulte a chave no portal");
    }

    private Ticket open(String subject, String routine) {
        return desk.open(customers.byEmail(ANA).orElseThrow(), new TicketDraft(TicketType.SUPORTE, Channel.PORTAL,
                Product.PROTHEUS, routine, "12.1.2410", Environment.PRODUCAO, subject,
                "Acontece desde ontem em todas as filiais.", Impact.MEDIO, Urgency.MEDIA), null);
    }

    private Document page(Ticket ticket, HttpHeaders session) {
        ResponseEntity<String> page = rest.exchange(StaffTicketLinks.PATH + ticket.getId(), HttpMethod.GET,
                new HttpEntity<>(session), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return Jsoup.parse(page.getBody());
    }

    private ResponseEntity<String> post(String action, HttpHeaders session, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(session);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("_csrf", token);
        return rest.exchange(action, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }
}
