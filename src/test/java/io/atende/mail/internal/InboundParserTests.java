package io.atende.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.ticket.AttachmentSettings;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Reading raw messages: text from HTML-only mail, references, machines, and what cannot be read. */
class InboundParserTests {

    final InboundParser parser = new InboundParser(new Binder(new MapConfigurationPropertySource(
            Map.of("atende.attachments.max-file-size", "1KB")))
            .bindOrCreate("atende.attachments", Bindable.of(AttachmentSettings.class)));

    @Test
    @DisplayName("An HTML-only reply keeps the customer's paragraphs and drops the quoted blockquote")
    void htmlOnlyReply() throws Exception {
        InboundMessage message = parser.parse(raw("""
                From: Ana <ANA@paoquente.com.br>
                To: suporte@atende.local
                Subject: Re: [Ticket #10000001] Pergunta
                Message-ID: <a1@x>
                In-Reply-To: <ticket-10000001.abc@atende.local>
                References: <ticket-10000001.first@atende.local> <ticket-10000001.abc@atende.local>
                MIME-Version: 1.0
                Content-Type: text/html; charset=UTF-8

                <div>Versão 12.1.2410.<br>Ambiente produção.</div><div class="gmail_quote">Em seg., Atende escreveu:<blockquote>Qual a versão?</blockquote></div>
                """));
        assertThat(message.sender()).isEqualTo("ana@paoquente.com.br");
        assertThat(message.text()).isEqualTo("Versão 12.1.2410.\nAmbiente produção.");
        assertThat(message.referencedIds()).containsExactly("<ticket-10000001.first@atende.local>",
                "<ticket-10000001.abc@atende.local>", "<ticket-10000001.abc@atende.local>");
        assertThat(message.automatic()).isNull();
    }

    @Test
    @DisplayName("Auto-Submitted other than 'no', Precedence list and bounces are automatic; Auto-Submitted: no is a person")
    void recognisesMachines() throws Exception {
        assertThat(parser.parse(raw(plain("ana@x.com", "Auto-Submitted: auto-generated"))).automatic()).contains("Auto-Submitted");
        assertThat(parser.parse(raw(plain("ana@x.com", "Precedence: list"))).automatic()).contains("Precedence");
        assertThat(parser.parse(raw(plain("postmaster@x.com", "X-Any: 1"))).automatic()).contains("postmaster");
        assertThat(parser.parse(raw(plain("ana@x.com", "Auto-Submitted: no"))).automatic()).isNull();
    }

    @Test
    @DisplayName("An attachment over atende.attachments.max-file-size makes the message unreadable (quarantine)")
    void attachmentOverTheLimit() {
        String big = "x".repeat(2048);
        assertThatThrownBy(() -> parser.parse(raw("""
                From: ana@x.com
                Subject: grande
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain

                segue
                --b
                Content-Type: application/pdf
                Content-Disposition: attachment; filename="doc.pdf"

                %s
                --b--
                """.formatted(big)))).isInstanceOf(UnparseableMessageException.class).hasMessageContaining("limite");
    }

    @Test
    @DisplayName("A message without Message-ID is known by the hash of its bytes")
    void keyWithoutMessageId() throws Exception {
        byte[] raw = raw(plain("ana@x.com", "X-Any: 1"));
        assertThat(parser.parse(raw).key()).startsWith("sha256:").isEqualTo(InboundParser.keyOf(null, raw));
    }

    private static String plain(String from, String header) {
        return "From: " + from + "\nSubject: oi\n" + header + "\nContent-Type: text/plain; charset=UTF-8\n\nOlá\n";
    }

    private static byte[] raw(String text) {
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
