package io.atende.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Words the search takes as the same ("nf-e, nfe, nota fiscal eletrônica"), kept by the process owners. */
@Entity
@Table(name = "kb_synonym_group")
public class SynonymGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String terms;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected SynonymGroup() {
    }

    SynonymGroup(List<String> terms, String author, Instant at) {
        this.terms = String.join(", ", terms);
        this.updatedBy = author;
        this.updatedAt = at;
    }

    public List<String> terms() {
        return Arrays.stream(terms.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
