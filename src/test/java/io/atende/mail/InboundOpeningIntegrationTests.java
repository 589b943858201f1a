package io.atende.mail;

import static io.atende.mail.MailFixtures.*;
import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Companies;
import io.atende.account.Contact;
import io.atende.account.Contacts;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.mail.internal.EmbeddedMailServer;
import io.atende.mail.internal.Inbox;
import io.atende.mail.internal.MailboxReader;
import io.atende.mail.internal.OutboxDispatcher;
import io.atende.ticket.Channel;
import io.atende.ticket.Priority;
import io.atende.ticket.Product;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketType;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** R5: who may open a ticket by e-mail, and what everyone else is told (or not, for machines). */
@AtendeIntegrationTest
class InboundOpeningIntegrationTests {

    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired Contacts contacts;
    @Autowired Companies companies;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired MailboxReader reader;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired Inbox inbox;

    @Test
    @DisplayName("A Prime contact's new message opens a ticket on channel EMAIL, classified NORMAL, and is confirmed by e-mail")
    void primeContactOpensTicketByEmail() throws Exception {
        Customer joao = customers.byEmail(JOAO).orElseThrow();
        String subject = "Erro na folha " + UUID.randomUUID();
        send(customerMessage(mailServer, JOAO, subject, "A folha de pagamento não fecha.\n-- \nJoão Pereira"));
        reader.poll();
        dispatcher.dispatchDue();

        Ticket ticket = desk.list(joao, 0, 200).stream().filter(t -> t.getSubject().equals(subject))
                .findFirst().orElseThrow();
        assertThat(ticket.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(ticket.getType()).isEqualTo(TicketType.SUPORTE);
        assertThat(ticket.getProduct()).isEqualTo(Product.PROTHEUS);
        assertThat(ticket.getPriority()).isEqualTo(Priority.NORMAL);
        assertThat(ticket.getDescription()).isEqualTo("A folha de pagamento não fecha.");
        assertThat(delivered(mailServer.greenMail(), JOAO, ticket.getId()))
                .anySatisfy(m -> assertThat(subject(m)).startsWith("[Ticket #" + ticket.getId() + "] Ticket aberto"));
    }

    @Test
    @DisplayName("A contact of another offer gets the channels they may use; no ticket")
    void nonPrimeContactIsToldTheChannels() throws Exception {
        Customer ana = customers.byEmail(ANA).orElseThrow();
        long before = desk.countByStatus(ana, Integer.MAX_VALUE - 1).values().stream().mapToLong(Long::longValue).sum();
        String subject = "Quero abrir um chamado " + UUID.randomUUID();
        send(customerMessage(mailServer, ANA, subject, "Minha nota não sai."));
        reader.poll();
        dispatcher.dispatchDue();
        assertThat(desk.countByStatus(ana, Integer.MAX_VALUE - 1).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(before);
        List<MimeMessage> answers = deliveredWithSubject(mailServer.greenMail(), ANA, "Re: " + subject);
        assertThat(answers).hasSize(1);
        assertThat(parts(answers.get(0)).get(0)).contains("exclusiva dos clientes Prime", "Portal do Cliente", "App",
                "fluig", "Telefone 4003-0015").doesNotContain("- Chat");
        assertThat(header(answers.get(0), "Auto-Submitted")).isEqualTo("auto-replied");
    }

    @Test
    @DisplayName("An unknown sender: no ticket, kept for review, one polite answer a day")
    void unknownSenderIsAnsweredOnceADay() throws Exception {
        String stranger = "curioso-" + UUID.randomUUID().toString().substring(0, 8) + "@exemplo.com.br";
        mailServer.greenMail().setUser(stranger, stranger, "demo");
        send(customerMessage(mailServer, stranger, "Olá", "Vocês atendem?"));
        send(customerMessage(mailServer, stranger, "Olá de novo", "Alguém?"));
        reader.poll();
        dispatcher.dispatchDue();
        assertThat(deliveredWithSubject(mailServer.greenMail(), stranger, "Re: Olá")).hasSize(1);
        assertThat(inbox.list(500)).filteredOn(e -> e.sender().equals(stranger)).hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.outcome()).isEqualTo("REJECTED");
                    assertThat(e.rawKept()).isTrue();
                    assertThat(e.ticketNumber()).isNull();
                });
    }

    @Test
    @DisplayName("A contact of a blocked company (R4) and a deactivated contact: no ticket, a polite answer")
    void blockedAndDeactivatedContactsAreRefused() throws Exception {
        Contact former = contacts.findByEmail("ex-" + UUID.randomUUID().toString().substring(0, 6) + "@acoforte.com.br")
                .orElseGet(() -> null);
        String formerEmail = "ex-" + UUID.randomUUID().toString().substring(0, 6) + "@acoforte.com.br";
        Contact contact = new Contact(companies.findByName("Metalúrgica Aço Forte S.A.").orElseThrow(), "Ex Contato",
                formerEmail, false);
        contact.deactivate();
        contacts.save(contact);
        mailServer.greenMail().setUser(formerEmail, formerEmail, "demo");
        assertThat(former).isNull();

        String subject = "Bloqueada " + UUID.randomUUID();
        send(customerMessage(mailServer, MARIA, subject, "Preciso de ajuda."));
        send(customerMessage(mailServer, formerEmail, "Desativado", "Ainda consigo?"));
        reader.poll();
        dispatcher.dispatchDue();

        List<MimeMessage> toMaria = deliveredWithSubject(mailServer.greenMail(), MARIA, "Re: " + subject);
        assertThat(toMaria).hasSizeLessThanOrEqualTo(1); // at most one a day: another test may have answered Maria today
        assertThat(inbox.list(500)).filteredOn(e -> subject.equals(e.subject())).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("Empresa bloqueada"));
        assertThat(inbox.list(500)).filteredOn(e -> e.sender().equals(formerEmail)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("Contato desativado"));
        assertThat(deliveredWithSubject(mailServer.greenMail(), formerEmail, "Re: Desativado")).hasSize(1);
        assertThat(parts(deliveredWithSubject(mailServer.greenMail(), formerEmail, "Re: Desativado").get(0)).get(0))
                .contains("não é de um contato ativo");
    }

    @Test
    @DisplayName("No loops: auto-replies, bulk mail, bounces and our own address are kept but never answered nor ticketed")
    void automaticMessagesAreNeverAnswered() throws Exception {
        Customer joao = customers.byEmail(JOAO).orElseThrow();
        long before = desk.countByStatus(joao, Integer.MAX_VALUE - 1).values().stream().mapToLong(Long::longValue).sum();
        String tag = UUID.randomUUID().toString();
        MimeMessage outOfOffice = customerMessage(mailServer, JOAO, "Ausente " + tag, "Estou de férias.");
        outOfOffice.setHeader("Auto-Submitted", "auto-replied");
        MimeMessage bulk = customerMessage(mailServer, JOAO, "Newsletter " + tag, "Novidades");
        bulk.setHeader("Precedence", "bulk");
        MimeMessage bounce = customerMessage(mailServer, "MAILER-DAEMON@acoforte.com.br", "Undelivered " + tag, "falhou");
        MimeMessage ours = customerMessage(mailServer, "suporte@atende.local", "Eco " + tag, "loop");
        send(outOfOffice);
        send(bulk);
        send(bounce);
        send(ours);
        reader.poll();
        dispatcher.dispatchDue();

        assertThat(desk.countByStatus(joao, Integer.MAX_VALUE - 1).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(before);
        assertThat(inbox.list(500)).filteredOn(e -> e.subject() != null && e.subject().endsWith(tag))
                .extracting(Inbox.Entry::outcome)
                .containsExactlyInAnyOrder("IGNORED_AUTOMATIC", "IGNORED_AUTOMATIC", "IGNORED_AUTOMATIC",
                        "IGNORED_OWN_ADDRESS");
        assertThat(java.util.Arrays.stream(mailServer.greenMail().getReceivedMessages())
                .filter(m -> subject(m).contains(tag) && subject(m).startsWith("Re:"))).isEmpty();
    }

    @Test
    @DisplayName("No storms: beyond max-messages-per-sender-per-hour (20) a sender's messages are only kept")
    void limitsMessagesPerSender() throws Exception {
        String flooder = "flood-" + UUID.randomUUID().toString().substring(0, 8) + "@exemplo.com.br";
        mailServer.greenMail().setUser(flooder, flooder, "demo");
        for (int i = 0; i < 22; i++) {
            send(customerMessage(mailServer, flooder, "Mensagem " + i, "texto " + i));
        }
        reader.poll();
        assertThat(inbox.list(1000)).filteredOn(e -> e.sender().equals(flooder)).extracting(Inbox.Entry::outcome)
                .containsOnly("REJECTED", "RATE_LIMITED")
                .filteredOn("RATE_LIMITED"::equals).hasSize(2);
    }
}
