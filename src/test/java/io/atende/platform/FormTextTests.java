package io.atende.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Form copies fit the engine's 4,000-character string variables and say what they left out. */
class FormTextTests {

    @Test
    void shortTextIsUnchanged() {
        String text = "x".repeat(FormText.MAX);
        assertThat(FormText.head(text)).isSameAs(text);
        assertThat(FormText.tail(text)).isSameAs(text);
        assertThat(FormText.head(null)).isNull();
    }

    @Test
    void headKeepsTheBeginningAndCountsWhatItLeftOut() {
        String text = "a".repeat(3000) + "b".repeat(7001);
        String fitted = FormText.head(text);
        int kept = fitted.indexOf("\n\n[…");
        assertThat(fitted).hasSizeLessThanOrEqualTo(FormText.MAX).startsWith("a".repeat(3000))
                .endsWith("caracteres omitidos: este campo mostra até 4.000; o texto completo está no registro do ticket]");
        assertThat(fitted).contains("[… " + String.format(java.util.Locale.forLanguageTag("pt-BR"), "%,d", text.length() - kept) + " caracteres");
        assertThat(kept).isGreaterThan(3800);
    }

    @Test
    void tailKeepsTheLatestEntries() {
        String text = "antiga\n".repeat(1000) + "a mais recente";
        String fitted = FormText.tail(text);
        assertThat(fitted).hasSizeLessThanOrEqualTo(FormText.MAX).startsWith("[… ").endsWith("a mais recente")
                .contains("caracteres das interações mais antigas omitidos");
    }

    @Test
    void neverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00"; // one character outside the BMP: two chars
        for (int shift = 0; shift < 2; shift++) {
            String text = "x".repeat(shift) + emoji.repeat(4000);
            String head = FormText.head(text);
            String tail = FormText.tail(text);
            assertThat(head.substring(0, head.indexOf("\n\n[…")).codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)).isTrue();
            assertThat(tail.substring(tail.indexOf("]\n\n") + 3).codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)).isTrue();
        }
    }

    @Test
    void notesSayWhereTheWholeTextIsAndStillFit() {
        String url = "https://atende.example.com.br/" + "caminho/".repeat(113) + "equipe/tickets/12345678";
        assertThat(url.length()).isLessThanOrEqualTo(FormText.MAX_ADDRESS).isGreaterThan(900);
        for (int length = FormText.MAX + 1; length < 30_000; length += 997) {
            String text = "linha de log\n".repeat(length / 13 + 1).substring(0, length);
            String head = FormText.head(text, url);
            String tail = FormText.tail(text, url);
            assertThat(head).hasSizeLessThanOrEqualTo(FormText.MAX).startsWith("linha de log\n")
                    .endsWith("o texto completo está em " + url + "]");
            assertThat(tail).hasSizeLessThanOrEqualTo(FormText.MAX)
                    .startsWith("[… ").contains("o histórico completo está em " + url + "]\n\n");
        }
        String text = "x".repeat(FormText.MAX);
        assertThat(FormText.head(text, url)).isSameAs(text);
        assertThat(FormText.tail(text, url)).isSameAs(text);
    }

    @Test
    void anAddressTooLongForTheFieldGivesWayToTheText() {
        String url = "https://atende.example.com.br/" + "x".repeat(FormText.MAX);
        String text = "a".repeat(10_000);
        assertThat(FormText.head(text, url)).hasSizeLessThanOrEqualTo(FormText.MAX)
                .endsWith("o texto completo está no registro do ticket]");
        assertThat(FormText.tail(text, url)).hasSizeLessThanOrEqualTo(FormText.MAX)
                .contains("o histórico completo está no registro do ticket]");
    }
}
