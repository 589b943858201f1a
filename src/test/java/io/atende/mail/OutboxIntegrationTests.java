package io.atende.mail;

import static io.atende.mail.MailFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.mail.internal.EmbeddedMailServer;
import io.atende.mail.internal.Outbox;
import io.atende.mail.internal.OutboxDispatcher;
import io.atende.mail.internal.OutboxEntry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import com.fasterxml.jackson.databind.JsonNode;

/** The outbox: sent iff the transaction commits, retried with backoff while SMTP is down, never twice, visible. */
@AtendeIntegrationTest
class OutboxIntegrationTests {

    static final String TO = "ana@paoquente.com.br";

    @Autowired Mailer mailer;
    @Autowired Outbox outbox;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired TransactionTemplate transactions;
    @Autowired TestRestTemplate http;

    @BeforeEach
    void sendWhatOthersLeft() {
        dispatcher.dispatchDue(); // nothing of other tests is pending while we take the server down
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
        if (!mailServer.isRunning()) {
            mailServer.start();
        }
    }

    @Test
    @DisplayName("Jakarta Mail's stream provider is named, so MIME encoding does not scan the class path each time")
    void streamProviderIsNamed() {
        assertThat(System.getProperty("jakarta.mail.util.StreamProvider"))
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
        assertThat(jakarta.mail.util.StreamProvider.provider().getClass().getName())
                .isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
    }

    @Test
    @DisplayName("The API queues a templated message with escaped values; it is sent once, after the commit")
    void queuedMessageIsSentOnceAfterCommit() throws Exception {
        String code = UUID.randomUUID().toString();
        String messageId = transactions.execute(s -> mailer.send(TO, "test-generic",
                Map.of("name", "Ana <b>", "code", code), "Ative sua conta " + code));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isZero();

        List<MimeMessage> received = deliveredWithSubject(mailServer.greenMail(), TO, code);
        assertThat(received).hasSize(1);
        assertThat(header(received.get(0), "Message-ID")).isEqualTo(messageId);
        assertThat(parts(received.get(0)).get(0)).contains("Olá, Ana <b>. Seu código é " + code);
        assertThat(parts(received.get(0)).get(1)).contains("Ana &lt;b&gt;");
    }

    @Test
    @DisplayName("A message queued in a transaction that rolls back is never sent")
    void rolledBackMessageIsNotSent() {
        String code = UUID.randomUUID().toString();
        transactions.executeWithoutResult(s -> {
            mailer.send(TO, "test-generic", Map.of("name", "Ana", "code", code), "Rollback " + code);
            s.setRollbackOnly();
        });
        dispatcher.dispatchDue();
        assertThat(deliveredWithSubject(mailServer.greenMail(), TO, code)).isEmpty();
        assertThat(outbox.list(null, null, 50)).noneMatch(e -> e.subject().contains(code));
    }

    @Test
    @DisplayName("SMTP down: the message waits with the reason and exponential backoff; server up: sent exactly once")
    void retriesWithBackoffWhileSmtpIsDown() {
        String code = UUID.randomUUID().toString();
        mailServer.stop();
        String messageId = transactions.execute(s -> mailer.send(TO, "test-generic", Map.of("name", "Ana", "code", code),
                "Retry " + code));
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        ClockUtil.setCurrentTime(Date.from(start));

        assertThat(dispatcher.dispatchDue()).isZero();
        OutboxEntry first = entry(messageId);
        assertThat(first.status()).isEqualTo("PENDING");
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).containsIgnoringCase("connect");
        assertThat(first.nextAttemptAt()).isEqualTo(start.plus(Duration.ofSeconds(30)));

        assertThat(dispatcher.dispatchDue()).isZero(); // not due yet: no attempt
        assertThat(entry(messageId).attempts()).isEqualTo(1);

        ClockUtil.setCurrentTime(Date.from(start.plusSeconds(31)));
        assertThat(dispatcher.dispatchDue()).isZero();
        OutboxEntry second = entry(messageId);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isEqualTo(start.plusSeconds(31).plus(Duration.ofSeconds(60)));

        mailServer.start();
        ClockUtil.setCurrentTime(Date.from(start.plusSeconds(92)));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(entry(messageId).status()).isEqualTo("SENT");
        assertThat(entry(messageId).lastError()).isNull();
        assertThat(deliveredWithSubject(mailServer.greenMail(), TO, code)).hasSize(1);
    }

    @Test
    @DisplayName("After the last attempt the message is FAILED with the reason")
    void givesUpAfterMaxAttempts() {
        String code = UUID.randomUUID().toString();
        mailServer.stop();
        String messageId = transactions.execute(s -> mailer.send(TO, "test-generic", Map.of("name", "Ana", "code", code),
                "Fail " + code));
        Instant now = Instant.now();
        for (int i = 0; i < 12; i++) {
            ClockUtil.setCurrentTime(Date.from(now));
            dispatcher.dispatchDue();
            now = now.plus(Duration.ofHours(3));
        }
        OutboxEntry failed = entry(messageId);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(12);
        assertThat(failed.lastError()).isNotBlank();
    }

    @Test
    @DisplayName("A template that cannot be rendered is kept FAILED with the reason; the caller's transaction commits")
    void brokenTemplateIsVisibleNotFatal() {
        String messageId = transactions.execute(s -> mailer.send(TO, "does-not-exist", Map.of(), "Nada"));
        assertThat(entry(messageId).status()).isEqualTo("FAILED");
        assertThat(entry(messageId).lastError()).contains("does-not-exist");
    }

    @Test
    @DisplayName("Staff read the outbox at /api/admin/mail/outbox; customers cannot")
    void outboxIsVisibleToStaff() {
        String code = UUID.randomUUID().toString();
        transactions.execute(s -> mailer.send(TO, "test-generic", Map.of("name", "Ana", "code", code), "Admin " + code));
        ResponseEntity<JsonNode> list = http.withBasicAuth("demo", "demo").getForEntity("/api/admin/mail/outbox?status=pending",
                JsonNode.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody().findValuesAsText("subject")).contains("Admin " + code);
        assertThat(list.getBody().get(0).has("status")).isTrue();
        assertThat(http.withBasicAuth(TO, "demo").getForEntity("/api/admin/mail/outbox", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("demo", "demo").getForEntity("/api/admin/mail/inbox", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("demo", "demo").getForEntity("/api/admin/mail/quarantine", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private OutboxEntry entry(String messageId) {
        return outbox.list(null, null, 1000).stream().filter(e -> e.messageId().equals(messageId)).findFirst().orElseThrow();
    }
}
