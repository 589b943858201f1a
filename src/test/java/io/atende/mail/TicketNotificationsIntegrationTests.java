package io.atende.mail;

import io.atende.ticket.AnalysisOutcome;
import io.atende.mail.Brasilia;
import static io.atende.mail.MailFixtures.*;
import static io.atende.ticket.TicketFixtures.*;
import static io.atende.ticket.TicketProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.mail.internal.EmbeddedMailServer;
import io.atende.mail.internal.Outbox;
import io.atende.mail.internal.OutboxDispatcher;
import io.atende.ticket.Channel;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketDraft;
import io.atende.ticket.Urgency;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** R6, R16–R19: each notification's content and headers, as the customer's mail server receives it. */
@AtendeIntegrationTest
class TicketNotificationsIntegrationTests {

    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired Outbox outbox;
    @Autowired EmbeddedMailServer mailServer;

    Customer ana;

    @BeforeEach
    void setUp() {
        init(engine);
        ana = customers.byEmail(ANA).orElseThrow();
    }

    @Test
    @DisplayName("Ticket opened: number, classification and SLA in Brasília, text and HTML, escaped customer text; the admin gets a copy")
    void ticketOpenedTellsNumberClassificationAndSla() throws Exception {
        Ticket ticket = desk.open(ana, draft("Nota <script>alert(1)</script> falha"), null);
        dispatcher.dispatchDue();

        List<MimeMessage> toAna = delivered(mailServer.greenMail(), ANA, ticket.getId());
        assertThat(toAna).hasSize(1);
        MimeMessage opened = toAna.get(0);
        assertThat(subject(opened)).isEqualTo("[Ticket #" + ticket.getId() + "] Ticket aberto: Nota <script>alert(1)</script> falha");
        assertThat(header(opened, "Message-ID")).matches("<ticket-" + ticket.getId() + "\\.[0-9a-f-]+@atende\\.local>");
        assertThat(header(opened, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(header(opened, "In-Reply-To")).isNull();
        assertThat(opened.getContentType()).startsWith("multipart/mixed");
        List<String> parts = parts(opened);
        assertThat(parts).hasSize(2);
        String sla = Brasilia.format(ticket.getSlaDueAt());
        assertThat(sla).endsWith("(horário de Brasília)");
        assertThat(parts.get(0)).contains("Número: " + ticket.getId(), "Classificação: NORMAL", sla);
        assertThat(parts.get(1)).contains("&lt;script&gt;alert(1)&lt;/script&gt;", sla, "NORMAL")
                .doesNotContain("<script>");

        List<MimeMessage> toAdmin = delivered(mailServer.greenMail(), ROBERTO, ticket.getId());
        assertThat(toAdmin).hasSize(1);
        assertThat(body(toAdmin.get(0))).contains("Ana Souza");
        assertThat(header(toAdmin.get(0), "Message-ID")).isNotEqualTo(header(opened, "Message-ID"));
        assertThat(outbox.list(Outbox.SENT, ticket.getId(), 10)).hasSize(2);
    }

    @Test
    @DisplayName("Information requested, solution proposed, contest received and closed: each in the ticket's thread")
    void lifecycleMessagesChainTheThread() throws Exception {
        Ticket ticket = desk.open(ana, draft("Faturamento falha"), null);
        ProcessInstance instance = instanceOf(ticket);
        complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.REQUEST_INFORMATION.name(), VAR_QUESTION.name(),
                "Qual a versão? <b>negrito</b>"));
        dispatcher.dispatchDue();
        List<MimeMessage> toAna = delivered(mailServer.greenMail(), ANA, ticket.getId());
        assertThat(toAna).hasSize(2);
        MimeMessage opened = toAna.get(0);
        MimeMessage question = toAna.get(1);
        assertThat(subject(question)).startsWith("[Ticket #" + ticket.getId() + "] A equipe precisa de informações");
        assertThat(header(question, "In-Reply-To")).isEqualTo(header(opened, "Message-ID"));
        assertThat(header(question, "References")).contains(header(opened, "Message-ID"));
        assertThat(parts(question).get(0)).contains("Qual a versão? <b>negrito</b>");
        assertThat(parts(question).get(1)).contains("Qual a versão? &lt;b&gt;negrito&lt;/b&gt;");
        assertThat(delivered(mailServer.greenMail(), ROBERTO, ticket.getId())).hasSize(1); // only the opening

        desk.reply(ana, ticket.getId().toString(), "Versão 12.1.2410.");
        complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(),
                "Aplique o pacote <i>12.1.2410.3</i>."));
        dispatcher.dispatchDue();
        MimeMessage proposal = delivered(mailServer.greenMail(), ANA, ticket.getId()).get(2);
        Ticket resolved = desk.find(ana, ticket.getId().toString());
        String deadline = Brasilia.format(resolved.getContestDeadline());
        assertThat(deadline).contains("às 23:59 (horário de Brasília)");
        assertThat(subject(proposal)).contains("Proposta de solução");
        assertThat(parts(proposal).get(0)).contains("até " + deadline, "/acao/");
        assertThat(parts(proposal).get(1)).contains("Aplique o pacote &lt;i&gt;12.1.2410.3&lt;/i&gt;.", deadline,
                "Aceitar a solução", "Contestar", "http://localhost:8080/acao/");
        assertThat(header(proposal, "References")).contains(header(opened, "Message-ID"), header(question, "Message-ID"));
        assertThat(header(proposal, "In-Reply-To")).isEqualTo(header(question, "Message-ID"));

        desk.contest(ana, ticket.getId().toString(), "Continua falhando <em>sempre</em>.");
        dispatcher.dispatchDue();
        MimeMessage contested = delivered(mailServer.greenMail(), ANA, ticket.getId()).get(3);
        assertThat(subject(contested)).contains("Contestação recebida");
        assertThat(parts(contested).get(1)).contains("Continua falhando &lt;em&gt;sempre&lt;/em&gt;.");

        complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(), "Outra."));
        desk.accept(ana, ticket.getId().toString());
        dispatcher.dispatchDue();
        List<MimeMessage> all = delivered(mailServer.greenMail(), ANA, ticket.getId());
        MimeMessage closed = all.get(all.size() - 1);
        assertThat(subject(closed)).contains("Ticket fechado");
        assertThat(parts(closed).get(0)).contains("a proposta de solução foi aceita");
        assertThat(delivered(mailServer.greenMail(), ROBERTO, ticket.getId())).hasSize(2); // opened + closed
        assertThat(all).extracting(m -> header(m, "Message-ID")).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("R19: a follow-up's message names the earlier ticket")
    void followUpMessageNamesTheParent() throws Exception {
        Ticket parent = desk.open(ana, draft("Primeiro"), null);
        Ticket followUp = desk.open(ana, draft("Voltou a falhar"), parent.getId().toString());
        dispatcher.dispatchDue();
        MimeMessage message = delivered(mailServer.greenMail(), ANA, followUp.getId()).get(0);
        assertThat(subject(message)).contains("Ticket de acompanhamento aberto");
        assertThat(parts(message).get(0)).contains("ligado ao ticket " + parent.getId());
    }

    @Test
    @DisplayName("A refused action leaves no message behind (the outbox row exists iff the transaction commits)")
    void refusedActionQueuesNothing() {
        Customer maria = customers.byEmail(MARIA).orElseThrow();
        int before = outbox.list(null, null, 1000).size();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.open(maria, draft("Bloqueada"), null))
                .isInstanceOf(io.atende.ticket.CompanyBlockedException.class);
        assertThat(outbox.list(null, null, 1000)).hasSize(before);
    }

    static TicketDraft draft(String subject) {
        TicketDraft d = supportDraft(Impact.MEDIO, Urgency.MEDIA);
        return new TicketDraft(d.type(), Channel.PORTAL, d.product(), d.routine(), d.version(), d.environment(), subject,
                d.description(), d.impact(), d.urgency());
    }

    private ProcessInstance instanceOf(Ticket ticket) {
        return processInstanceQuery().processInstanceBusinessKey(ticket.getId().toString()).singleResult();
    }
}
