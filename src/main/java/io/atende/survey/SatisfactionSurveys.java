package io.atende.survey;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** All satisfaction surveys; used inside this module only. */
interface SatisfactionSurveys extends JpaRepository<SatisfactionSurvey, Long> {

    Optional<SatisfactionSurvey> findBySubjectAndNumber(SurveySubject subject, long number);
}
