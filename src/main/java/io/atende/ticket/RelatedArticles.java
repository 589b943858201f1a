package io.atende.ticket;

import io.atende.team.SignedInAgent;
import java.util.List;

/**
 * The knowledge base as the staff ticket page sees it (issue 14). Implemented by the knowledge module, which depends
 * on this one: the page asks through this interface and shows no article section when no bean implements it.
 */
public interface RelatedArticles {

    /**
     * Up to five published articles matching the ticket's subject and routine within its product, internal ones
     * included (the reader is staff); none when the knowledge base cannot be searched.
     */
    List<ArticleLink> forTicket(Ticket ticket);

    /** Whether {@code agent} may start an article from {@code ticket}: they write its product line's articles. */
    boolean mayDraftFrom(SignedInAgent agent, Ticket ticket);

    /** An article to show: its title, its address within the application ({@code /ajuda/artigos/<key>}). */
    record ArticleLink(String title, String path, boolean internal) {
    }
}
