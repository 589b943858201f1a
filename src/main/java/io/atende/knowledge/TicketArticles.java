package io.atende.knowledge;

import io.atende.knowledge.KnowledgeSearch.Reader;
import io.atende.knowledge.internal.ArticleAuthors;
import io.atende.team.SignedInAgent;
import io.atende.ticket.RelatedArticles;
import io.atende.ticket.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Articles about one ticket (issue 14; R7 in the e-mail channel): those matching it, for the staff ticket page and the
 * acknowledgement of a Prime ticket, and those a solution proposal cites by their address. A ticket is opened or
 * resolved whether or not the knowledge base answers: a search failing (an index lost, say) neither escapes nor marks
 * the caller's transaction for rollback ({@link KnowledgeSearch#suggest} rolls nothing back), and gives no articles.
 *
 * <p>These methods run in the caller's transaction, on its connection. They ran outside it before (suspending it), so
 * an opening held one pooled connection while the search took a second: a burst of Prime openings starved the pool
 * (issue 24, ConcurrentBurstIntegrationTests).
 */
@Service
public class TicketArticles implements RelatedArticles {

    /** An article's page, followed by its key. */
    public static final String PATH = "/ajuda/artigos/";
    /** How a solution cites an article: its address, with or without the site in front. */
    static final Pattern CITATION = Pattern.compile(Pattern.quote(PATH) + "([a-z0-9][a-z0-9-]{1,79})(?![a-z0-9-])");
    static final int STAFF_PAGE = 5;
    static final int MAX_CITED = 10;

    private static final Logger log = LoggerFactory.getLogger(TicketArticles.class);

    private final KnowledgeSearch search;
    private final Articles articles;

    TicketArticles(KnowledgeSearch search, Articles articles) {
        this.search = search;
        this.articles = articles;
    }

    /** Up to {@code limit} published articles for the ticket's subject and routine, within its product. */
    public List<ArticleHit> matching(Ticket ticket, Reader reader, int limit) {
        try {
            return search.suggest(ticket.getSubject(), ticket.getRoutine(), ticket.getProduct(), reader, limit);
        } catch (RuntimeException e) {
            log.warn("No articles for ticket {}: the knowledge base could not be searched", ticket.getId(), e);
            return List.of();
        }
    }

    /**
     * The published, non-internal articles whose address {@code text} holds, in the order first cited, each once (at
     * most ten). An unknown key, a draft or an internal article is left out: the text keeps it as written.
     */
    public List<ArticleHit> citedIn(String text) {
        List<ArticleHit> cited = new ArrayList<>();
        try {
            for (String key : citedKeys(text)) {
                articles.findByKey(key).filter(a -> a.visibleTo(false)).map(ArticleHit::of).ifPresent(cited::add);
            }
        } catch (RuntimeException e) {
            log.warn("Articles cited in a solution could not be read", e);
        }
        return cited;
    }

    /** The keys of the articles {@code text} cites, in order, each once, at most ten. */
    static Set<String> citedKeys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        if (text == null) {
            return keys;
        }
        Matcher m = CITATION.matcher(text);
        while (m.find() && keys.size() < MAX_CITED) {
            keys.add(m.group(1));
        }
        return keys;
    }

    /** The address of an article's page within the application. */
    public static String path(String key) {
        return PATH + key;
    }

    @Override
    public List<ArticleLink> forTicket(Ticket ticket) {
        return matching(ticket, Reader.STAFF, STAFF_PAGE).stream()
                .map(h -> new ArticleLink(h.title(), path(h.key()), h.internal())).toList();
    }

    @Override
    public boolean mayDraftFrom(SignedInAgent agent, Ticket ticket) {
        return ArticleAuthors.mayWrite(agent, ticket.getProduct());
    }
}
