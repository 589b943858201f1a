package io.atende.survey.process;

import static io.atende.survey.process.SurveyProcess.*;

import io.atende.survey.SurveyDesk;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Keeps the lead's review of a RUIM answer with the survey; refuses an empty one. */
@Component("recordSurveyReview")
class RecordSurveyReview implements TaskListener {

    static final int NOTES_MAX = 10_000;

    private final SurveyDesk desk;
    private final IdentityService identityService;

    RecordSurveyReview(SurveyDesk desk, IdentityService identityService) {
        this.desk = desk;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String notes = VAR_REVIEW_NOTES.fromOrNull(task);
        if (notes == null || notes.isEmpty()) {
            throw new BadUserRequestException("Descreva no campo 'reviewNotes' a análise e as providências tomadas.");
        }
        if (notes.length() > NOTES_MAX) {
            throw new BadUserRequestException("A análise aceita no máximo " + NOTES_MAX + " caracteres.");
        }
        desk.recordReview(VAR_SURVEY_ID.from(task), notes, leadOf(task));
    }

    private String leadOf(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = identityService.getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : VAR_LEAD_GROUP.fromOrNull(task);
    }
}
