package io.atende.survey;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** All satisfaction surveys; used inside this module only. */
interface SatisfactionSurveys extends JpaRepository<SatisfactionSurvey, Long> {

    Optional<SatisfactionSurvey> findBySubjectAndNumber(SurveySubject subject, long number);

    /**
     * The survey with its row locked until the transaction ends: of 30 answers at once, the first answers and the
     * others wait, then find it answered (409 "já foi respondida"); the expiry timer waits the same way (issue 24).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SatisfactionSurvey s where s.subject = :subject and s.number = :number")
    Optional<SatisfactionSurvey> findForChange(@Param("subject") SurveySubject subject, @Param("number") long number);

    /** By id, locked as {@link #findForChange(SurveySubject, long)}. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SatisfactionSurvey s where s.id = :id")
    Optional<SatisfactionSurvey> findForChange(@Param("id") long id);
}
