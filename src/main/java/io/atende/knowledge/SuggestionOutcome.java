package io.atende.knowledge;

import io.atende.ticket.Product;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the suggestions did for one ticket being written (R7): it was avoided, or it was opened anyway. */
@Entity
@Table(name = "kb_suggestion_outcome")
class SuggestionOutcome {

    enum Kind {
        /** "Isso resolveu": no ticket was opened. */
        RESOLVED,
        /** The ticket was opened after these articles were shown. */
        OPENED_ANYWAY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "company_id")
    private Long companyId;

    @Column(name = "contact_id")
    private Long contactId;

    @Enumerated(EnumType.STRING)
    private Product product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind outcome;

    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "ticket_id")
    private Long ticketId;

    private String shown;

    protected SuggestionOutcome() {
    }

    SuggestionOutcome(Instant at, Long companyId, Long contactId, Product product, Kind outcome, Long articleId,
            Long ticketId, String shown) {
        this.at = at;
        this.companyId = companyId;
        this.contactId = contactId;
        this.product = product;
        this.outcome = outcome;
        this.articleId = articleId;
        this.ticketId = ticketId;
        this.shown = shown;
    }
}
