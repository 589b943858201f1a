package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.knowledge.KnowledgeSearch.Reader;
import io.atende.ticket.Product;
import io.atende.ticket.Ticket;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How a solution proposal cites articles (by their address, with or without the site in front), and a knowledge
 * base that cannot be read giving no articles rather than an error to the ticket's action.
 */
class TicketArticlesTests {

    @Test
    void findsTheAddressesOfArticlesInOrderEachOnce() {
        String solution = """
                Veja https://atende.example.com/ajuda/artigos/protheus-nfe-rejeicao-539.
                Depois siga /ajuda/artigos/protheus-mata410-pedido-bloqueado-credito, passo 2;
                e de novo (/ajuda/artigos/protheus-nfe-rejeicao-539).""";

        assertThat(TicketArticles.citedKeys(solution))
                .containsExactly("protheus-nfe-rejeicao-539", "protheus-mata410-pedido-bloqueado-credito");
    }

    @Test
    void ignoresWhatIsNotAnArticleAddress() {
        assertThat(TicketArticles.citedKeys("A rotina /ajuda/artigos/ sem chave, /ajuda/artigos/X maiúsculo, "
                + "/ajuda/artigo/protheus-nfe-rejeicao-539 e protheus-nfe-rejeicao-539 sozinha")).isEmpty();
        assertThat(TicketArticles.citedKeys(null)).isEmpty();
    }

    @Test
    void takesAtMostTenArticles() {
        String many = IntStream.range(0, 15).mapToObj(i -> "/ajuda/artigos/artigo-" + i).collect(Collectors.joining(" "));

        assertThat(TicketArticles.citedKeys(many)).hasSize(10).first().isEqualTo("artigo-0");
    }

    @Test
    void givesNoArticlesWhenTheKnowledgeBaseFails() {
        KnowledgeSearch failing = new KnowledgeSearch(null, null) {
            @Override
            public List<ArticleHit> suggest(String subject, String routine, Product product, Reader reader, int limit) {
                throw new IllegalStateException("index lost");
            }
        };
        Articles unreadable = (Articles) Proxy.newProxyInstance(Articles.class.getClassLoader(),
                new Class<?>[] {Articles.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("database down");
                });
        TicketArticles articles = new TicketArticles(failing, unreadable);

        assertThat(articles.forTicket(new Ticket() { })).isEmpty();
        assertThat(articles.matching(new Ticket() { }, Reader.PUBLIC, 3)).isEmpty();
        assertThat(articles.citedIn("Veja /ajuda/artigos/protheus-nfe-rejeicao-539.")).isEmpty();
    }
}
