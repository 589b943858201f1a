package io.atende.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.mail.MailSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Templates are files: an external directory overrides the packaged ones without recompiling. */
class MailTemplatesTests {

    @TempDir Path directory;

    @Test
    @DisplayName("A template in atende.mail.template-directory wins, is re-read on change, and the others fall back")
    void externalDirectoryOverridesPackagedTemplates() throws Exception {
        MailTemplates templates = new MailTemplates(settings(directory));
        Files.writeString(directory.resolve("contest-received.subject.txt"), "Recebemos: [(${ticket.subject})]");
        Files.writeString(directory.resolve("contest-received.txt"), "Versão 1: [(${reason})]");
        Files.writeString(directory.resolve("contest-received.html"), "<p th:text=\"${reason}\">x</p>");
        Map<String, Object> model = Map.of("ticket", new TicketMail.TicketView(10000001L, "Nota", "ABERTO", "NORMAL",
                "suporte-protheus", null, null, null, null), "reason", "<b>não</b>", "recipientName", "Ana",
                "portalUrl", "p", "supportAddress", "s", "ticketTag", "[Ticket #10000001]");

        MailTemplates.Rendered first = templates.render("contest-received", model);
        assertThat(first.subject()).isEqualTo("Recebemos: Nota");
        assertThat(first.text()).isEqualTo("Versão 1: <b>não</b>\n");
        assertThat(first.html()).isEqualTo("<p>&lt;b&gt;não&lt;/b&gt;</p>");

        Files.writeString(directory.resolve("contest-received.txt"), "Versão 2");
        assertThat(templates.render("contest-received", model).text()).isEqualTo("Versão 2\n");

        assertThat(templates.render("ticket-closed", Map.of("ticket", model.get("ticket"), "recipientName", "Ana",
                "acceptedByCustomer", true, "portalUrl", "p", "supportAddress", "s", "ticketTag", "t")).text())
                .contains("a proposta de solução foi aceita");
    }

    @Test
    @DisplayName("The survey invitation (R21, for the survey module's SurveyInvited listener) renders its question and two links")
    void surveyInvitationIsReady() {
        MailTemplates templates = new MailTemplates(settings(directory));
        MailTemplates.Rendered rendered = templates.render("survey-invitation", Map.of("ticket",
                new TicketMail.TicketView(10000001L, "Nota <x>", "FECHADO", "NORMAL", "t", null, null, null, null),
                "recipientName", "Ana", "goodUrl", "http://h/acao/bom", "badUrl", "http://h/acao/ruim",
                "expiresAt", "29/12/2026 às 10:00 (horário de Brasília)", "portalUrl", "p", "supportAddress", "s",
                "ticketTag", "[Ticket #10000001]"));
        assertThat(rendered.subject()).isEqualTo("Como foi o atendimento? Nota <x>");
        assertThat(rendered.text()).contains("Qual a sua avaliação sobre o suporte recebido?",
                "Bom, estou satisfeito: http://h/acao/bom", "Ruim, estou insatisfeito: http://h/acao/ruim");
        assertThat(rendered.html()).contains("href=\"http://h/acao/bom\"", "href=\"http://h/acao/ruim\"");
    }

    private static MailSettings settings(Path directory) {
        return new Binder(new MapConfigurationPropertySource(Map.of("atende.mail.template-directory",
                directory.toString()))).bindOrCreate("atende.mail", Bindable.of(MailSettings.class));
    }
}
