package io.atende.mail;

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
import io.atende.mail.internal.MailboxReader;
import io.atende.mail.internal.OutboxDispatcher;
import io.atende.ticket.Channel;
import io.atende.ticket.HistoryItem;
import io.atende.ticket.HistoryKind;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketAttachments;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketStatus;
import io.atende.ticket.Urgency;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** R6, R18, R19: a reply by e-mail finds its ticket and does what the ticket's status allows. */
@AtendeIntegrationTest
class InboundRepliesIntegrationTests {

    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired TicketAttachments attachments;
    @Autowired CustomerDirectory customers;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired MailboxReader reader;
    @Autowired EmbeddedMailServer mailServer;

    Customer ana;
    Customer joao;

    @BeforeEach
    void setUp() {
        init(engine);
        ana = customers.byEmail(ANA).orElseThrow();
        joao = customers.byEmail(JOAO).orElseThrow();
    }

    @Test
    @DisplayName("A reply threaded by In-Reply-To resumes a ticket waiting for the customer, quotes cut, spreadsheet attached")
    void replyByHeaderResumesAnalysis() throws Exception {
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        complete(task(instanceOf(ticket)), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.REQUEST_INFORMATION.name(), VAR_QUESTION.name(),
                "Qual a versão?"));
        dispatcher.dispatchDue();
        MimeMessage question = delivered(mailServer.greenMail(), ANA, ticket.getId()).get(1);

        MimeMessage reply = customerMessage(mailServer, ANA, "Re: sua pergunta", "");
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("A versão é 12.1.2410.\n\nEm seg., 1 de dez. de 2025 às 10:00, Atende Suporte <suporte@atende.local> escreveu:\n> Qual a versão?\n", "UTF-8");
        MimeBodyPart sheet = new MimeBodyPart();
        sheet.setContent("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        sheet.setFileName("planilha.xlsx");
        multipart.addBodyPart(text);
        multipart.addBodyPart(sheet);
        reply.setContent(multipart);
        reply.setHeader("In-Reply-To", header(question, "Message-ID"));
        send(reply);

        assertThat(reader.poll()).isGreaterThanOrEqualTo(1);

        Ticket resumed = desk.find(ana, ticket.getId().toString());
        assertThat(resumed.getStatus()).isEqualTo(TicketStatus.ABERTO);
        assertThat(resumed.getSlaDueAt()).isNotNull();
        HistoryItem entry = last(ticket, HistoryKind.CUSTOMER_REPLY);
        assertThat(entry.text()).isEqualTo("A versão é 12.1.2410.");
        assertThat(entry.author()).isEqualTo("Ana Souza");
        assertThat(attachments.list(ana, ticket.getId().toString()))
                .anySatisfy(a -> assertThat(a.getFileName()).isEqualTo("planilha.xlsx"));
    }

    @Test
    @DisplayName("Without headers the subject tag finds the ticket, also typed by hand as #number")
    void replyBySubjectTag() throws Exception {
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        send(customerMessage(mailServer, ANA, "RE: [Ticket #" + ticket.getId() + "] Ticket aberto", "Mais um detalhe."));
        send(customerMessage(mailServer, ANA, "Sobre o chamado #" + ticket.getId(), "E outro detalhe."));
        reader.poll();
        assertThat(desk.history(ana, ticket.getId().toString())).filteredOn(i -> i.kind() == HistoryKind.CUSTOMER_REPLY)
                .extracting(HistoryItem::text).containsExactlyInAnyOrder("Mais um detalhe.", "E outro detalhe.");
        assertThat(desk.find(ana, ticket.getId().toString()).getStatus()).isEqualTo(TicketStatus.ABERTO);
    }

    @Test
    @DisplayName("RESOLVIDO: a 'thank you' is recorded, does not reopen, and is answered with how to contest")
    void thankYouOnResolvedTicketIsRecordedAndAnswered() throws Exception {
        Ticket ticket = resolved(ana);
        String sent = send(customerMessage(mailServer, ANA, "Re: [Ticket #" + ticket.getId() + "] Proposta", "Obrigada, vou testar!"));
        reader.poll();
        dispatcher.dispatchDue();

        assertThat(desk.find(ana, ticket.getId().toString()).getStatus()).isEqualTo(TicketStatus.RESOLVIDO);
        assertThat(last(ticket, HistoryKind.CUSTOMER_REPLY).text()).isEqualTo("Obrigada, vou testar!");
        MimeMessage answer = deliveredWithSubject(mailServer.greenMail(), ANA, "Sua resposta foi registrada").stream()
                .filter(m -> subject(m).contains("#" + ticket.getId())).findFirst().orElseThrow();
        assertThat(header(answer, "In-Reply-To")).isEqualTo(sent);
        assertThat(header(answer, "Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(parts(answer).get(0)).contains("CONTESTAR", "/acao/", "(horário de Brasília)");
    }

    @Test
    @DisplayName("RESOLVIDO: a reply starting with CONTESTAR contests, the rest is the reason")
    void contestarContests() throws Exception {
        Ticket ticket = resolved(ana);
        send(customerMessage(mailServer, ANA, "Re: [Ticket #" + ticket.getId() + "] Proposta",
                "CONTESTAR: continua dando erro na nota.\n\nEm seg., 1 de dez. de 2025, Atende escreveu:\n> proposta"));
        reader.poll();
        assertThat(desk.find(ana, ticket.getId().toString()).getStatus()).isEqualTo(TicketStatus.ABERTO);
        assertThat(last(ticket, HistoryKind.CONTESTED).text()).isEqualTo("continua dando erro na nota.");
    }

    @Test
    @DisplayName("FECHADO, not Prime: nothing recorded, the customer is told how to open a follow-up in the portal")
    void closedTicketOfNonPrimeIsAnsweredWithThePortal() throws Exception {
        Ticket ticket = resolved(ana);
        desk.accept(ana, ticket.getId().toString());
        int entries = desk.history(ana, ticket.getId().toString()).size();
        send(customerMessage(mailServer, ANA, "Re: [Ticket #" + ticket.getId() + "] Ticket fechado", "Voltou a falhar."));
        reader.poll();
        dispatcher.dispatchDue();
        assertThat(desk.history(ana, ticket.getId().toString())).hasSize(entries);
        assertThat(delivered(mailServer.greenMail(), ANA, ticket.getId()))
                .anySatisfy(m -> assertThat(subject(m)).contains("como abrir um acompanhamento"));
    }

    @Test
    @DisplayName("R19 FECHADO, Prime: the reply opens a follow-up on channel EMAIL linked to the closed ticket")
    void closedTicketOfPrimeOpensFollowUp() throws Exception {
        Ticket ticket = resolved(joao);
        desk.accept(joao, ticket.getId().toString());
        send(customerMessage(mailServer, JOAO, "Re: [Ticket #" + ticket.getId() + "] Ticket fechado", "O erro voltou hoje."));
        reader.poll();
        dispatcher.dispatchDue();
        Ticket followUp = desk.list(joao, 0, 100).stream()
                .filter(t -> ticket.getId().equals(t.getParentId())).findFirst().orElseThrow();
        assertThat(followUp.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(followUp.getDescription()).isEqualTo("O erro voltou hoje.");
        assertThat(desk.history(joao, followUp.getId().toString())).extracting(HistoryItem::inheritedFrom)
                .contains(ticket.number());
        assertThat(delivered(mailServer.greenMail(), JOAO, followUp.getId()))
                .anySatisfy(m -> assertThat(subject(m)).contains("Ticket de acompanhamento aberto"));
    }

    @Test
    @DisplayName("Attachments follow atende.attachments.*: a refused type is left out and named in the history entry")
    void refusedAttachmentTypeIsNamed() throws Exception {
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        MimeMessage reply = customerMessage(mailServer, ANA, "Re: [Ticket #" + ticket.getId() + "]", "");
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Seguem os arquivos.", "UTF-8");
        MimeBodyPart log = new MimeBodyPart();
        log.setText("linha 1\n", "UTF-8");
        log.setFileName("erro.log");
        log.setDisposition(jakarta.mail.Part.ATTACHMENT);
        MimeBodyPart exe = new MimeBodyPart();
        exe.setContent(new byte[] {77, 90, 0, 1}, "application/octet-stream");
        exe.setFileName("programa.exe");
        multipart.addBodyPart(text);
        multipart.addBodyPart(log);
        multipart.addBodyPart(exe);
        reply.setContent(multipart);
        send(reply);
        reader.poll();

        assertThat(last(ticket, HistoryKind.CUSTOMER_REPLY).text()).startsWith("Seguem os arquivos.")
                .contains("Anexos não aceitos: programa.exe");
        assertThat(attachments.list(ana, ticket.getId().toString())).extracting(a -> a.getFileName())
                .containsExactly("erro.log");
    }

    @Test
    @DisplayName("A reply naming a ticket the sender may not see changes nothing and is answered 'not found'")
    void ticketOfAnotherCompanyIsRefused() throws Exception {
        Ticket joaos = desk.open(joao, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        int entries = desk.history(joao, joaos.getId().toString()).size();
        String subject = "Re: [Ticket #" + joaos.getId() + "] curiosidade";
        send(customerMessage(mailServer, ANA, subject, "Posso ver este?"));
        reader.poll();
        dispatcher.dispatchDue();
        assertThat(desk.history(joao, joaos.getId().toString())).hasSize(entries);
        List<MimeMessage> answers = deliveredWithSubject(mailServer.greenMail(), ANA, subject);
        assertThat(answers).hasSize(1);
        assertThat(parts(answers.get(0)).get(0)).contains("não encontrado");
    }

    private Ticket resolved(Customer customer) {
        Ticket ticket = desk.open(customer, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        complete(task(instanceOf(ticket)), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(),
                "Aplique o pacote."));
        return ticket;
    }

    private HistoryItem last(Ticket ticket, HistoryKind kind) {
        List<HistoryItem> items = desk.history(ana.companyId().equals(ticket.getCompanyId()) ? ana : joao,
                ticket.getId().toString()).stream().filter(i -> i.kind() == kind).toList();
        assertThat(items).isNotEmpty();
        return items.get(items.size() - 1);
    }

    private ProcessInstance instanceOf(Ticket ticket) {
        return processInstanceQuery().processInstanceBusinessKey(ticket.getId().toString()).singleResult();
    }
}
