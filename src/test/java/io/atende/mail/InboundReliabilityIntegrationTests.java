package io.atende.mail;

import static io.atende.mail.MailFixtures.*;
import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.store.StoredMessage;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        reader.ignoreMoveCapability(false);
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
        assertThat(seen(INBOX, id)).isFalse(); // FAILED_WILL_RETRY: unread, still waiting in INBOX
        assertThat(in(ARCHIVE, id)).isFalse();

        reader.poll();
        reader.poll();
        assertThat(replies(ana, ticket)).isEqualTo(1);
        assertThat(inbox.known(id)).isTrue();
        assertThat(in(INBOX, id)).isFalse();
        assertThat(seen(ARCHIVE, id)).isTrue();
    }

    @Test
    @DisplayName("A processed reply is flagged \\Seen and moved to the archive folder: INBOX keeps only what waits")
    void processedMessageIsArchived() throws Exception {
        Customer ana = customers.byEmail(ANA).orElseThrow();
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        String id = send(customerMessage(mailServer, ANA, "Re: [Ticket #" + ticket.getId() + "]", "Arquivada."));

        assertThat(reader.poll()).isGreaterThanOrEqualTo(1);

        assertThat(replies(ana, ticket)).isEqualTo(1);
        assertThat(in(INBOX, id)).isFalse();
        assertThat(seen(ARCHIVE, id)).isTrue();
        assertThat(reader.waitingAfterLastRound()).isZero();
    }

    @Test
    @DisplayName("More than a move batch in one round, with MOVE and with COPY + EXPUNGE: each read once, all archived")
    void manyMessagesAreArchivedWithAndWithoutMove() throws Exception {
        for (boolean withoutMove : new boolean[] {false, true}) {
            reader.ignoreMoveCapability(withoutMove);
            // automatic messages of a sender of their own: recorded and ignored, no answer, no one's rate limit
            String sender = "lote-" + UUID.randomUUID().toString().substring(0, 8) + "@exemplo.com.br";
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 45; i++) { // more than two moves of MailboxReader.MOVE_BATCH (20), within batch-size (50)
                MimeMessage message = customerMessage(mailServer, sender, "Aviso " + i, "texto " + i);
                message.setHeader("Auto-Submitted", "auto-generated");
                ids.add(send(message));
            }

            assertThat(reader.poll()).as("without MOVE: %s", withoutMove).isEqualTo(ids.size());

            assertThat(inbox.list(1000)).filteredOn(e -> e.sender().equals(sender))
                    .extracting(Inbox.Entry::messageId).containsExactlyInAnyOrderElementsOf(ids);
            for (String id : ids) {
                assertThat(in(INBOX, id)).as("in INBOX: %s", id).isFalse();
                assertThat(count(ARCHIVE, id)).as("in the archive: %s", id).isEqualTo(1);
                assertThat(seen(ARCHIVE, id)).isTrue();
            }
            assertThat(reader.poll()).isZero();
        }
    }

    @Test
    @DisplayName("A crash after the commit and before the flag and the move: the message stays in INBOX, is read again, archived and not processed twice")
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
        assertThat(seen(INBOX, id)).isFalse();
        assertThat(in(ARCHIVE, id)).isFalse();

        reader.poll();
        assertThat(replies(ana, ticket)).isEqualTo(1);
        assertThat(in(INBOX, id)).isFalse();
        assertThat(seen(ARCHIVE, id)).isTrue();
        // the very same message read again is not "another message": no DUPLICATE row
        assertThat(inbox.list(1000)).noneMatch(e -> e.outcome().equals("DUPLICATE") && e.detail().contains(id));
    }

    @Test
    @DisplayName("Issue 12: a second message with a known Message-ID and other content is recorded as DUPLICATE (raw kept), not applied, archived")
    void secondMessageWithKnownIdIsRecorded() throws Exception {
        Customer ana = customers.byEmail(ANA).orElseThrow();
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        String id = send(customerMessage(mailServer, ANA, "Re: [Ticket #" + ticket.getId() + "]", "Primeira."));
        reader.poll();
        assertThat(replies(ana, ticket)).isEqualTo(1);

        MimeMessage second = customerMessage(mailServer, ANA, "Re: [Ticket #" + ticket.getId() + "]", "Segunda, outra.");
        second.saveChanges();
        second.setHeader("Message-ID", id);
        try (jakarta.mail.Transport transport = second.getSession().getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(second, second.getAllRecipients());
        }
        reader.poll();
        reader.poll();

        assertThat(replies(ana, ticket)).isEqualTo(1);
        List<Inbox.Entry> duplicates = inbox.list(1000).stream()
                .filter(e -> e.outcome().equals("DUPLICATE") && e.detail().contains(id)).toList();
        assertThat(duplicates).singleElement().satisfies(e -> {
            assertThat(e.sender()).isEqualToIgnoringCase(ANA);
            assertThat(e.ticketNumber()).isEqualTo(ticket.getId());
            assertThat(e.rawKept()).isTrue();
        });
        assertThat(in(INBOX, id)).isFalse();
        assertThat(count(ARCHIVE, id)).isEqualTo(2);
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
        String good = send(customerMessage(mailServer, ANA, "Re: [Ticket #" + ticket.getId() + "]", "Esta chega."));

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
        // quarantined ones were handled too: archived with the rest (the original of a huge one is only there)
        for (String id : List.of("<broken-mime@corpus.atende.test>", "<unknown-charset@corpus.atende.test>",
                "<no-sender@corpus.atende.test>",
                "<bad-multipart@corpus.atende.test>", huge, good)) {
            assertThat(in(INBOX, id)).as("in INBOX: %s", id).isFalse();
            assertThat(in(ARCHIVE, id)).as("archived: %s", id).isTrue();
        }
    }

    private long replies(Customer ana, Ticket ticket) {
        return desk.history(ana, ticket.getId().toString()).stream().filter(i -> i.kind() == HistoryKind.CUSTOMER_REPLY)
                .count();
    }

    private static final String INBOX = "INBOX";
    private static final String ARCHIVE = "Processadas";

    private List<StoredMessage> messages(String folder, String messageId) {
        return supportMessages(mailServer, folder, messageId);
    }

    private boolean in(String folder, String messageId) throws Exception {
        return !messages(folder, messageId).isEmpty();
    }

    private long count(String folder, String messageId) throws Exception {
        return messages(folder, messageId).size();
    }

    private boolean seen(String folder, String messageId) throws Exception {
        List<StoredMessage> found = messages(folder, messageId);
        assertThat(found).as("%s in %s", messageId, folder).hasSize(1);
        return found.get(0).isSet(Flags.Flag.SEEN);
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
