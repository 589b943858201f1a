package io.atende.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a reply keeps: the customer's words, without quotes and signatures. */
class ReplyTextTests {

    @Test
    @DisplayName("Gmail in Portuguese: 'Em … escreveu:' (also wrapped over two lines) and what follows is cut")
    void cutsPortugueseGmailQuote() {
        assertThat(ReplyText.cut("A versão é 12.1.2410.\n\nEm seg., 1 de dez. de 2025 às 10:00, Atende <suporte@atende.local> escreveu:\n> Qual a versão?"))
                .isEqualTo("A versão é 12.1.2410.");
        assertThat(ReplyText.cut("Segue a planilha.\n\nEm seg., 1 de dez. de 2025 às 10:00, Atende Suporte <\nsuporte@atende.local> escreveu:\n\n> texto"))
                .isEqualTo("Segue a planilha.");
    }

    @Test
    @DisplayName("English clients: 'On … wrote:'")
    void cutsEnglishQuote() {
        assertThat(ReplyText.cut("Works now.\nOn Mon, Dec 1, 2025 at 10:00 AM Atende <s@a> wrote:\n> old"))
                .isEqualTo("Works now.");
    }

    @Test
    @DisplayName("Outlook: '-----Original Message-----', 'De:/Enviado:/Para:' blocks and underscores")
    void cutsOutlookBlocks() {
        assertThat(ReplyText.cut("Ok.\n-----Original Message-----\nFrom: Atende\nSent: Monday\n\nold")).isEqualTo("Ok.");
        assertThat(ReplyText.cut("Ok, obrigado.\n\nDe: Atende Suporte <suporte@atende.local>\nEnviado: segunda-feira, 1 de dezembro de 2025 10:00\nPara: Ana\nAssunto: [Ticket #10000001]\n\nold"))
                .isEqualTo("Ok, obrigado.");
        assertThat(ReplyText.cut("Certo.\n________________________________\nDe: Atende\nold")).isEqualTo("Certo.");
        assertThat(ReplyText.cut("Abc\n----- Mensagem original -----\nold")).isEqualTo("Abc");
    }

    @Test
    @DisplayName("Lines quoted with '>' go, the customer's lines between them stay")
    void dropsQuotedLinesKeepsInterleavedAnswers() {
        assertThat(ReplyText.cut("> Qual a versão?\n12.1.2410\n> Qual o ambiente?\nProdução"))
                .isEqualTo("12.1.2410\nProdução");
    }

    @Test
    @DisplayName("Signatures: '-- ' and 'Enviado do meu iPhone' end the text")
    void cutsSignatures() {
        assertThat(ReplyText.cut("Resolvido.\n-- \nAna Souza\nPadaria Pão Quente")).isEqualTo("Resolvido.");
        assertThat(ReplyText.cut("Resolvido.\n\nEnviado do meu iPhone")).isEqualTo("Resolvido.");
    }

    @Test
    @DisplayName("A line that merely starts with 'De:' or 'Em' is the customer's text")
    void keepsOrdinaryText() {
        assertThat(ReplyText.cut("Em produção o erro continua.\nDe: manhã até a noite.")).isEqualTo(
                "Em produção o erro continua.\nDe: manhã até a noite.");
        assertThat(ReplyText.cut(null)).isEmpty();
    }
}
