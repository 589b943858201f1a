package io.atende.mail;

import io.atende.ticket.AnalysisOutcome;
import static io.atende.mail.MailFixtures.*;
import static io.atende.ticket.TicketFixtures.*;
import static io.atende.ticket.TicketProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.mail.internal.EmbeddedMailServer;
import io.atende.mail.internal.OutboxDispatcher;
import io.atende.ticket.Channel;
import io.atende.ticket.Environment;
import io.atende.ticket.Impact;
import io.atende.ticket.Product;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketDraft;
import io.atende.ticket.TicketType;
import io.atende.ticket.Urgency;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 in the e-mail channel: a Prime company's "ticket aberto" suggests up to three public articles (R7); a
 * solution proposal links the public articles it cites by their address. Internal articles, drafts and unknown keys
 * never become links.
 */
@AtendeIntegrationTest
class ArticleMailIntegrationTests {

    static final String SITE = "http://localhost:8080";
    static final String REJECTION_539 = "/ajuda/artigos/protheus-nfe-rejeicao-539";
    static final String INTERNAL_TSS = "/ajuda/artigos/protheus-interno-nfe-parada-tss";
    static final String DRAFT = "/ajuda/artigos/rm-educacional-notas-portal-aluno";
    static final String SUGGESTIONS = "Enquanto isso, estes artigos podem ajudar";

    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired EmbeddedMailServer mailServer;

    @BeforeEach
    void setUp() {
        init(engine);
    }

    @Test
    @DisplayName("R7: a Prime company's acknowledgement lists up to three articles matching the ticket, with full links")
    void primeAcknowledgementSuggestsArticles() throws Exception {
        Ticket ticket = open(JOAO, "Rejeição 539 na NF-e", "SPEDNFE");
        dispatcher.dispatchDue();

        List<String> parts = parts(acknowledgement(JOAO, ticket));
        assertThat(parts.get(0)).contains(SUGGESTIONS, "- Rejeição 539 na transmissão da NF-e", ": " + SITE + REJECTION_539);
        Document html = Jsoup.parse(parts.get(1));
        assertThat(html.body().text()).contains(SUGGESTIONS);
        assertThat(html.select("#artigos li a")).hasSizeBetween(1, 3)
                .allSatisfy(a -> assertThat(a.attr("href")).startsWith(SITE + "/ajuda/artigos/"));
        assertThat(html.select("#artigos li a").first().attr("href")).isEqualTo(SITE + REJECTION_539);
    }

    @Test
    @DisplayName("R7: the Prime acknowledgement never suggests an internal article, however well it matches")
    void primeAcknowledgementLeavesInternalArticlesOut() throws Exception {
        Ticket ticket = open(JOAO, "NF-e parada aguardando processamento no TSS", "TSS");
        dispatcher.dispatchDue();

        List<String> parts = parts(acknowledgement(JOAO, ticket));
        assertThat(String.join("\n", parts)).doesNotContain(INTERNAL_TSS, "[Interno]");
        assertThat(Jsoup.parse(parts.get(1)).select("#artigos li")).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    @DisplayName("Other offers' acknowledgements are as before: no articles")
    void otherAcknowledgementsSuggestNothing() throws Exception {
        Ticket ticket = open(ANA, "Rejeição 539 na NF-e", "SPEDNFE");
        dispatcher.dispatchDue();

        List<String> parts = parts(acknowledgement(ANA, ticket));
        assertThat(String.join("\n", parts)).doesNotContain(SUGGESTIONS, "/ajuda/artigos/");
        assertThat(Jsoup.parse(parts.get(1)).getElementById("artigos")).isNull();
    }

    @Test
    @DisplayName("A proposal links each public article its solution cites; internal, draft and unknown ones stay text")
    void proposalLinksCitedArticles() throws Exception {
        Ticket ticket = open(ANA, "Nota fiscal rejeitada", "SPEDNFE");
        complete(task(processInstanceQuery().processInstanceBusinessKey(ticket.getId().toString()).singleResult()),
                withVariables(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(),
                        "Siga o artigo " + REJECTION_539 + ". Se não resolver, " + SITE + INTERNAL_TSS
                                + ", " + DRAFT + " e /ajuda/artigos/nao-existe-ainda. Repetindo: " + SITE
                                + REJECTION_539));
        dispatcher.dispatchDue();

        MimeMessage proposal = delivered(mailServer.greenMail(), ANA, ticket.getId()).stream()
                .filter(m -> subject(m).contains("Proposta de solução")).findFirst().orElseThrow();
        List<String> parts = parts(proposal);
        assertThat(parts.get(0)).contains("Artigo: Rejeição 539 na transmissão da NF-e", "— " + SITE + REJECTION_539)
                .doesNotContain("Artigo: [Interno]");
        assertThat(parts.get(0).split("Artigo: ", -1)).hasSize(2); // one article, cited twice, listed once
        Document html = Jsoup.parse(parts.get(1));
        assertThat(html.select("#artigos li")).hasSize(1);
        assertThat(html.select("#artigos li").text()).startsWith("Artigo: Rejeição 539 na transmissão da NF-e");
        assertThat(html.select("#artigos li a").attr("href")).isEqualTo(SITE + REJECTION_539);
        assertThat(html.select("a[href*=/ajuda/artigos/]")).hasSize(1);
        assertThat(parts.get(1)).doesNotContain("[Interno]", "NF-e parada em");
    }

    @Test
    @DisplayName("A proposal citing no article has no article list")
    void proposalWithoutCitationsListsNothing() throws Exception {
        Ticket ticket = open(ANA, "Pedido não fatura", "MATA410");
        complete(task(processInstanceQuery().processInstanceBusinessKey(ticket.getId().toString()).singleResult()),
                withVariables(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(), "Libere o crédito do pedido."));
        dispatcher.dispatchDue();

        MimeMessage proposal = delivered(mailServer.greenMail(), ANA, ticket.getId()).stream()
                .filter(m -> subject(m).contains("Proposta de solução")).findFirst().orElseThrow();
        assertThat(String.join("\n", parts(proposal))).doesNotContain("Artigo:", "/ajuda/artigos/");
    }

    private Ticket open(String email, String subject, String routine) {
        return desk.open(customers.byEmail(email).orElseThrow(), new TicketDraft(TicketType.SUPORTE, Channel.PORTAL,
                Product.PROTHEUS, routine, "12.1.2410", Environment.PRODUCAO, subject,
                "Acontece desde ontem em todas as filiais.", Impact.MEDIO, Urgency.MEDIA), null);
    }

    private MimeMessage acknowledgement(String email, Ticket ticket) {
        List<MimeMessage> messages = delivered(mailServer.greenMail(), email, ticket.getId());
        assertThat(messages).isNotEmpty();
        assertThat(subject(messages.get(0))).contains("Ticket aberto");
        return messages.get(0);
    }
}
