package io.atende.mail;

import static io.atende.mail.MailFixtures.*;
import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.mail.internal.EmbeddedMailServer;
import io.atende.mail.internal.Inbox;
import io.atende.mail.internal.InboundProcessor;
import io.atende.mail.internal.MailboxReader;
import io.atende.ticket.HistoryKind;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Nothing lost, nothing doubled: crashes mid-processing, and a corpus of malformed messages. */
@AtendeIntegrationTest
class InboundReliabilityIntegrationTests {

    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired MailboxReader reader;
    @Autowired InboundProcessor processor;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired Inbox inbox;

    @AfterEach
    void noMoreFaults() {
        processor.injectFaults(null);
        reader.injectAfterCommit(null);
    }

    @Test
    @DisplayName("A failure before the commit leaves the message unread; the next round records it exactly once")
    void failureBeforeCommitIsRetriedOnce() throws Exception {
        Customer ana = customers.byEmail(ANA).orElseThrow();
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        AtomicBoolean crash = new AtomicBoolean(true);
        processor.injectFaults((point, message) -> {
            if (point.equals(InboundProcessor.BEFORE_COMMIT) && crash.getAndSet(false)) {
                throw new IllegalStateException("simulated crash before commit");
            }
        });
        String id = send(customerMessage(mailServer, ANA, "Re: [Ticket #" + ticket.getId() + "]", "Detalhe único."));

        reader.poll();
        assertThat(replies(ana, ticket)).isZero();
        assertThat(inbox.known(id)).isFalse();
        assertThat(seen(id)).isFalse();

        reader.poll();
        reader.poll();
        assertThat(replies(ana, ticket)).isEqualTo(1);
        assertThat(inbox.known(id)).isTrue();
        assertThat(seen(id)).isTrue();
    }

    @Test
    @DisplayName("A crash after the commit and before the \\Seen flag: the message is read again and not processed twice")
    void crashAfterCommitDoesNotDouble() throws Exception {
        Customer ana = customers.byEmail(ANA).orElseThrow();
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        AtomicBoolean crash = new AtomicBoolean(true);
        reader.injectAfterCommit(() -> {
            if (crash.getAndSet(false)) {
                throw new IllegalStateException("simulated crash before the flag");
            }
        });
        String id = send(customerMessage(mailServer, ANA, "Re: [Ticket #" + ticket.getId() + "]", "Outro detalhe."));

        assertThatThrownBy(() -> reader.poll()).hasMessageContaining("simulated crash");
        assertThat(replies(ana, ticket)).isEqualTo(1);
        assertThat(seen(id)).isFalse();

        reader.poll();
        assertThat(replies(ana, ticket)).isEqualTo(1);
        assertThat(seen(id)).isTrue();
    }

    @Test
    @DisplayName("Malformed messages (src/test/resources/mail/*.eml) and a huge one go to quarantine with the reason; good mail still flows")
    void malformedMessagesAreQuarantined() throws Exception {
        Customer ana = customers.byEmail(ANA).orElseThrow();
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        Resource[] corpus = new PathMatchingResourcePatternResolver().getResources("classpath:mail/*.eml");
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(4);
        for (Resource eml : corpus) {
            sendRaw(mailServer, read(eml));
        }
        String huge = "<huge-" + UUID.randomUUID() + "@exemplo.com>";
        sendRaw(mailServer, hugeMessage(huge));
        send(customerMessage(mailServer, ANA, "Re: [Ticket #" + ticket.getId() + "]", "Esta chega."));

        reader.poll();

        assertThat(replies(ana, ticket)).isEqualTo(1);
        assertThat(inbox.quarantine(500)).extracting(Inbox.Quarantined::messageKey)
                .contains("<broken-mime@corpus.atende.test>", "<unknown-charset@corpus.atende.test>",
                        "<no-sender@corpus.atende.test>", "<bad-multipart@corpus.atende.test>", huge);
        assertThat(inbox.quarantine(500)).filteredOn(q -> q.messageKey().equals("<unknown-charset@corpus.atende.test>"))
                .singleElement().satisfies(q -> assertThat(q.reason()).contains("caracteres desconhecido"));
        assertThat(inbox.quarantine(500)).filteredOn(q -> q.messageKey().equals(huge))
                .singleElement().satisfies(q -> assertThat(q.reason()).contains("grande demais"));
        assertThat(reader.poll()).isZero(); // all of them flagged: nothing is read twice
    }

    private long replies(Customer ana, Ticket ticket) {
        return desk.history(ana, ticket.getId().toString()).stream().filter(i -> i.kind() == HistoryKind.CUSTOMER_REPLY)
                .count();
    }

    private boolean seen(String messageId) throws Exception {
        var user = mailServer.greenMail().getUserManager().getUserByEmail("suporte@atende.local");
        var folder = mailServer.greenMail().getManagers().getImapHostManager().getInbox(user);
        return folder.getMessages().stream().filter(m -> messageId.equals(header(m.getMimeMessage(), "Message-ID")))
                .findFirst().orElseThrow().isSet(Flags.Flag.SEEN);
    }

    private static byte[] read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** Bigger than the test profile's max-message-size (2 MB). */
    private byte[] hugeMessage(String messageId) throws Exception {
        MimeMessage message = customerMessage(mailServer, ANA, "Vídeo enorme", "segue");
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("segue o vídeo", "UTF-8");
        MimeBodyPart video = new MimeBodyPart();
        byte[] bytes = new byte[3 * 1024 * 1024];
        Arrays.fill(bytes, (byte) 'x');
        video.setContent(bytes, "video/mp4");
        video.setFileName("video.mp4");
        multipart.addBodyPart(text);
        multipart.addBodyPart(video);
        message.setContent(multipart);
        message.saveChanges();
        message.setHeader("Message-ID", messageId);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    static String ascii(String s) {
        return new String(s.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII);
    }
}
