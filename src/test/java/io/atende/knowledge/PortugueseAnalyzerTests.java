package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14: how the search reads Portuguese, the same for articles and queries. */
class PortugueseAnalyzerTests {

    @ParameterizedTest(name = "\"{0}\" = \"{1}\"")
    @DisplayName("Plurals, gender and accents meet")
    @CsvSource(delimiter = '|', value = {
            "notas fiscais | nota fiscal",
            "cálculo | calculo",
            "cálculos | calculo",
            "emissão | emissao",
            "boletos | boleto",
            "rejeições | rejeição",
            "Pedidos de Venda | pedido venda",
            "impostos | imposto",
            "férias | ferias",
            "notificações | notificação",
            "notificacoes | notificações",
            "movimentacoes | movimentação",
            "emissao | emissões",
            "configuracao | configuração"})
    void sameTerms(String a, String b) throws IOException {
        assertThat(terms(a)).isEqualTo(terms(b));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @DisplayName("Stop words go; routine codes stay whole")
    @CsvSource(delimiter = '|', value = {
            "erro de cálculo do ICMS | erro calcul icm",
            "MATA410 - Pedido de venda | mata410 pedid vend"})
    void termsOf(String text, String expected) throws IOException {
        assertThat(String.join(" ", terms(text))).isEqualTo(expected);
    }

    static List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (PortugueseAnalyzer analyzer = new PortugueseAnalyzer();
                TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
