package io.atende.survey;

import io.atende.ticket.AnalysisOutcome;
import static io.atende.mail.MailFixtures.*;
import static io.atende.ticket.TicketFixtures.*;
import static io.atende.ticket.TicketProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.mail.internal.EmbeddedMailServer;
import io.atende.mail.internal.OutboxDispatcher;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** R21 by e-mail: the closed ticket's invitation arrives with two one-click answers; one click records one answer. */
@AtendeIntegrationTest
class SurveyMailIntegrationTests {

    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired SurveyDesk surveys;
    @Autowired CustomerDirectory customers;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired TestRestTemplate http;

    Customer ana;

    @BeforeEach
    void setUp() {
        init(engine);
        ana = customers.byEmail(ANA).orElseThrow();
    }

    @Test
    @DisplayName("R21: closing sends the one question; the 'Bom' link's page records BOM once, a second click is refused")
    void invitationLinksRecordTheAnswer() throws Exception {
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        complete(task(processInstanceQuery().processInstanceBusinessKey(ticket.getId().toString()).singleResult()),
                withVariables(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(), "Aplique o pacote."));
        desk.accept(ana, ticket.getId().toString());
        dispatcher.dispatchDue();

        MimeMessage invitation = deliveredWithSubject(mailServer.greenMail(), ANA, "Como foi o atendimento?").stream()
                .filter(m -> subject(m).contains(ticket.getSubject())).reduce((a, b) -> b).orElseThrow();
        String text = parts(invitation).get(0);
        assertThat(text).contains("Qual a sua avaliação sobre o suporte recebido?", "Bom, estou satisfeito",
                "Ruim, estou insatisfeito", "horário de Brasília");
        Matcher links = Pattern.compile("http://localhost:8080(/acao/[A-Za-z0-9_.-]+)").matcher(text);
        List<String> found = links.results().map(r -> r.group(1)).distinct().toList();
        assertThat(found).hasSize(2);

        ResponseEntity<String> page = http.getForEntity(found.get(0), String.class);
        Document form = Jsoup.parse(page.getBody());
        assertThat(form.text()).contains("Bom, estou satisfeito");
        assertThat(surveys.ofTicket(ana, ticket.getId().toString()).getAnswer()).isNull();

        String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        assertThat(confirm(found.get(0), form, cookie).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(surveys.ofTicket(ana, ticket.getId().toString()).getAnswer()).isEqualTo(SurveyAnswer.BOM);

        ResponseEntity<String> bad = http.getForEntity(found.get(1), String.class);
        Document second = Jsoup.parse(bad.getBody());
        ResponseEntity<String> refused = confirm(found.get(1), second,
                bad.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0]);
        assertThat(Jsoup.parse(refused.getBody()).text()).contains("já");
        assertThat(surveys.ofTicket(ana, ticket.getId().toString()).getAnswer()).isEqualTo(SurveyAnswer.BOM);
    }

    private ResponseEntity<String> confirm(String path, Document form, String cookie) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookie);
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        body.add("_csrf", form.select("input[name=_csrf]").attr("value"));
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
