package io.atende.knowledge;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the Central de Ajuda reads Portuguese (issue 14), the same for articles and queries: words, lower case,
 * without Portuguese stop words ("de", "da", "para"…), with the tilde of "-ão"/"-ões" put back when it was left
 * out ({@link UnaccentedEndings}), reduced by Lucene's light Portuguese stemmer (plurals and
 * gender: "notas fiscais" and "nota fiscal" meet), then without accents ("cálculo" = "calculo"). The stemmer runs
 * before the accents go, as it knows the accented endings ("-ões", "-ais").
 */
final class PortugueseAnalyzer extends Analyzer {

    private static final PortugueseAnalyzer SHARED = new PortugueseAnalyzer();

    /** The terms of a text, as the index holds them (the synonyms match on these). */
    static java.util.List<String> terms(String text) {
        java.util.List<String> terms = new java.util.ArrayList<>();
        try (TokenStream stream = SHARED.tokenStream("text", text == null ? "" : text)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term = stream.addAttribute(
                    org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return terms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, org.apache.lucene.analysis.pt.PortugueseAnalyzer.getDefaultStopSet());
        stream = new UnaccentedEndings(stream);
        stream = new PortugueseLightStemFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
