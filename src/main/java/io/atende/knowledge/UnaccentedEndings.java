package io.atende.knowledge;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Puts back the tilde of the endings people type without it, before the stemmer reads the word: "-ao" is "-ão"
 * ("emissao", "configuracao") and "-oes" is "-ões" ("notificacoes"). The stemmer knows only the accented endings, so
 * without this "movimentacoes" and "movimentações" would not meet.
 */
final class UnaccentedEndings extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    UnaccentedEndings(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] s = term.buffer();
        int len = term.length();
        if (len > 4 && s[len - 3] == 'o' && s[len - 2] == 'e' && s[len - 1] == 's') {
            s[len - 3] = 'õ';
        } else if (len > 3 && s[len - 2] == 'a' && s[len - 1] == 'o') {
            s[len - 2] = 'ã';
        }
        return true;
    }
}
