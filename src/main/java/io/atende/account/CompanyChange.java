package io.atende.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change a staff screen made to a company (issue 15): who, when, what. Never updated or deleted. */
@Entity
@Table(name = "company_change")
public class CompanyChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false, length = 4000)
    private String detail;

    protected CompanyChange() {
    }

    CompanyChange(Long companyId, Instant at, String actor, String action, String detail) {
        this.companyId = companyId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail.length() > 4000 ? detail.substring(0, 4000) : detail;
    }

    public Instant getAt() {
        return at;
    }

    /** When, in Brasília time, as staff read it ("01/12/2026 10:00"). */
    public String getWhen() {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(at.atZone(java.time.ZoneId.of("America/Sao_Paulo")));
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
