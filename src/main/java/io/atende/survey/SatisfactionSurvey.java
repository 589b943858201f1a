package io.atende.survey;

import io.atende.survey.SurveyEvents.*;
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
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The satisfaction survey of one ticket or Ouvidoria case (R21): one invitation, at most one
 * answer, expiring at a fixed instant. It refuses a second answer and an answer after expiry.
 */
@Entity
@Table(name = "satisfaction_survey")
public class SatisfactionSurvey extends AbstractAggregateRoot<SatisfactionSurvey> {

    static final int COMMENT_MAX = 4_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING) @Column(name = "subject_kind", nullable = false)
    private SurveySubject subject;

    @Column(name = "subject_number", nullable = false)
    private long number;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "contact_id", nullable = false)
    private Long contactId;

    @Column(nullable = false)
    private String team;

    @Enumerated(EnumType.STRING) @Column(nullable = false)
    private SurveyStatus status;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    private SurveyAnswer answer;

    @Column(name = "answer_comment", columnDefinition = "text")
    private String comment;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "expired_at")
    private Instant expiredAt;

    @Column(name = "review_notes", columnDefinition = "text")
    private String reviewNotes;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    private long version;

    protected SatisfactionSurvey() {
    }

    static SatisfactionSurvey invite(SurveySubject subject, long number, Long companyId, Long contactId, String team,
            Instant at, Instant expiresAt) {
        SatisfactionSurvey survey = new SatisfactionSurvey();
        survey.subject = subject;
        survey.number = number;
        survey.companyId = companyId;
        survey.contactId = contactId;
        survey.team = team;
        survey.status = SurveyStatus.CONVIDADO;
        survey.invitedAt = at;
        survey.expiresAt = expiresAt;
        survey.registerEvent(new SurveyInvited(subject, number, companyId, contactId, SurveyAnswer.QUESTION, expiresAt, at));
        return survey;
    }

    /**
     * The customer's one answer (R21).
     *
     * @throws SurveyStateException when already answered, expired, or past the expiry instant
     */
    public void answer(SurveyAnswer answer, String comment, String author, Instant at) {
        if (status == SurveyStatus.RESPONDIDA) {
            throw new SurveyStateException("A pesquisa de satisfação " + what() + " já foi respondida; "
                    + "cada atendimento recebe uma única resposta.");
        }
        if (status == SurveyStatus.EXPIRADA || at.isAfter(expiresAt)) {
            throw new SurveyStateException("O convite para a pesquisa de satisfação " + what() + " expirou.");
        }
        String text = comment == null || comment.isBlank() ? null : comment.trim();
        if (text != null && text.length() > COMMENT_MAX) {
            throw new InvalidSurveyAnswerException("comment", "O comentário aceita no máximo " + COMMENT_MAX + " caracteres.");
        }
        this.status = SurveyStatus.RESPONDIDA;
        this.answer = answer;
        this.comment = text;
        this.answeredBy = author;
        this.answeredAt = at;
        registerEvent(new SurveyAnswered(subject, number, answer, text, at));
    }

    /** The invitation's lifetime ended; nothing happens when it was answered in time. */
    public boolean expire(Instant at) {
        if (status != SurveyStatus.CONVIDADO) {
            return false;
        }
        status = SurveyStatus.EXPIRADA;
        expiredAt = at;
        registerEvent(new SurveyExpired(subject, number, at));
        return true;
    }

    /** The team lead's review of a RUIM answer. */
    public void recordReview(String notes, String lead, Instant at) {
        if (answer != SurveyAnswer.RUIM) {
            throw new SurveyStateException("Só avaliações ruins passam por análise do líder.");
        }
        reviewNotes = notes;
        reviewedBy = lead;
        reviewedAt = at;
        registerEvent(new SurveyReviewed(subject, number, lead, notes, at));
    }

    private String what() {
        return (subject == SurveySubject.TICKET ? "do ticket " : "da manifestação ") + number;
    }

    public Long getId() { return id; }
    public SurveySubject getSubject() { return subject; }
    public long getNumber() { return number; }
    public Long getCompanyId() { return companyId; }
    public Long getContactId() { return contactId; }
    public String getTeam() { return team; }
    public SurveyStatus getStatus() { return status; }
    public Instant getInvitedAt() { return invitedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public SurveyAnswer getAnswer() { return answer; }
    public String getComment() { return comment; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getExpiredAt() { return expiredAt; }
    public String getReviewNotes() { return reviewNotes; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
}
