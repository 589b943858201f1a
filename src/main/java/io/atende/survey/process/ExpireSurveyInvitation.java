package io.atende.survey.process;

import io.atende.survey.SurveyDesk;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The invitation's lifetime ended unanswered (R21). */
@Component("expireSurveyInvitation")
class ExpireSurveyInvitation implements JavaDelegate {

    private final SurveyDesk desk;

    ExpireSurveyInvitation(SurveyDesk desk) {
        this.desk = desk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        desk.expire(SurveyProcess.VAR_SURVEY_ID.from(execution));
    }
}
