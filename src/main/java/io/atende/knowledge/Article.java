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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.jsoup.Jsoup;

/**
 * A knowledge-base article of the Central de Ajuda (issue 14; R7, R23): title, safe rich-text body, the product
 * line, routine and versions it concerns, tags, status, and whether only staff may read it. Indexed by Hibernate
 * Search (title, routine, tags and the body's text, analysed as Portuguese); every save is a new
 * {@link ArticleRevision}.
 */
@Entity
@Table(name = "kb_article")
@Indexed(index = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_key", nullable = false, unique = true)
    @KeywordField(projectable = Projectable.YES)
    private String key;

    @Column(nullable = false)
    @FullTextField(analyzer = KnowledgeAnalysis.PORTUGUESE, projectable = Projectable.YES)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private Product product;

    @FullTextField(analyzer = KnowledgeAnalysis.PORTUGUESE, projectable = Projectable.YES)
    private String routine;

    private String versions;

    @FullTextField(analyzer = KnowledgeAnalysis.PORTUGUESE)
    private String tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private ArticleStatus status;

    @Column(nullable = false)
    @GenericField(projectable = Projectable.YES)
    private boolean internal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "source_ticket_id")
    private Long sourceTicketId;

    @Version
    private long version;

    protected Article() {
    }

    Article(String key, ArticleContent content, String author, Instant at) {
        this.key = key;
        apply(content);
        this.createdAt = at;
        this.createdBy = author;
        this.updatedAt = at;
        this.updatedBy = author;
    }

    void apply(ArticleContent content) {
        this.title = content.title();
        this.body = content.body();
        this.product = content.product();
        this.routine = content.routine();
        this.versions = content.versions();
        this.tags = content.tags().isEmpty() ? null : String.join(", ", content.tags());
        this.status = content.status();
        this.internal = content.internal();
    }

    void touched(String author, Instant at) {
        this.updatedAt = at;
        this.updatedBy = author;
    }

    void fromTicket(Long ticketId) {
        this.sourceTicketId = ticketId;
    }

    /** The body as plain text: what the search reads of it. */
    @FullTextField(analyzer = KnowledgeAnalysis.PORTUGUESE)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")),
            reindexOnUpdate = ReindexOnUpdate.DEFAULT)
    public String getText() {
        return body == null ? "" : Jsoup.parse(body).text();
    }

    /** The start of the body's text, what a results list shows; kept in the index so a search reads no article row. */
    @KeywordField(name = "summary", projectable = Projectable.YES, searchable = Searchable.NO, norms = Norms.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    public String getSummary() {
        return summary(getText());
    }

    static String summary(String text) {
        if (text.length() <= 220) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 220);
        return text.substring(0, cut > 100 ? cut : 220) + "…";
    }

    /** What the article says now, as the editor's form holds it. */
    public ArticleContent content() {
        return new ArticleContent(title, body, product, routine, versions, tagList(), status, internal);
    }

    public List<String> tagList() {
        return tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
    }

    public boolean visibleTo(boolean staff) {
        return staff || (status == ArticleStatus.PUBLISHED && !internal);
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Product getProduct() { return product; }
    public String getRoutine() { return routine; }
    public String getVersions() { return versions; }
    public ArticleStatus getStatus() { return status; }
    public boolean isInternal() { return internal; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Long getSourceTicketId() { return sourceTicketId; }
    public long getVersion() { return version; }
}
