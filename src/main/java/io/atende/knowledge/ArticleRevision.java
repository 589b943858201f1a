package io.atende.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved version of an article: the history staff read on the editing screen (issue 14). */
@Entity
@Table(name = "kb_article_revision")
public class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status;

    @Column(nullable = false)
    private boolean internal;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @Column(name = "edited_by", nullable = false)
    private String editedBy;

    private String note;

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, int revision, String editedBy, Instant at, String note) {
        this.articleId = article.getId();
        this.revision = revision;
        this.title = article.getTitle();
        this.body = article.getBody();
        this.status = article.getStatus();
        this.internal = article.isInternal();
        this.editedAt = at;
        this.editedBy = editedBy;
        this.note = note;
    }

    public int getRevision() { return revision; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public ArticleStatus getStatus() { return status; }
    public boolean isInternal() { return internal; }
    public Instant getEditedAt() { return editedAt; }
    public String getEditedBy() { return editedBy; }
    public String getNote() { return note; }
}
