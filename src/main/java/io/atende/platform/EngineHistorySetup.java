package io.atende.platform;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the engine writes to its history, beyond the level {@code full} (docs/architecture.md,
 * "Engine history"): two kinds of rows nobody in Atende reads and that made up half of the rows a
 * ticket opening wrote (docs/performance.md, figure 1) are left out unless switched on:
 * <ul>
 * <li>{@code ACT_HI_DETAIL}, one row (and a byte-array copy for large values) per variable change,
 *     read only by Cockpit's enterprise history views and by "restart with the initial variables";
 *     {@code atende.engine.history.variable-details=true} writes them again;</li>
 * <li>the history of task-local variables: in Atende these are only the read-only copies of the
 *     ticket a form shows ({@code PresentTicket}, {@code PresentSurvey}, {@code PresentOuvidoriaCase}),
 *     whose record is the ticket itself and its own history; {@code atende.engine.history.task-variables=true}
 *     keeps them in {@code ACT_HI_VARINST} again.</li>
 * </ul>
 * Process variables still reach {@code ACT_HI_VARINST}, and processes, activities, tasks, decisions
 * (Cockpit's decision instances), jobs and incidents keep their full history. The level stays
 * {@code full}, so a database created before this choice needs no change.
 */
@Component
class EngineHistorySetup extends AbstractCamundaConfiguration {

    private final boolean variableDetails;
    private final boolean taskVariables;

    EngineHistorySetup(@Value("${atende.engine.history.variable-details:false}") boolean variableDetails,
            @Value("${atende.engine.history.task-variables:false}") boolean taskVariables) {
        this.variableDetails = variableDetails;
        this.taskVariables = taskVariables;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        if (configuration.getHistoryEventHandler() == null) {
            configuration.setHistoryEventHandler(new LeanHistoryEventHandler(variableDetails, taskVariables));
        }
    }

    /** The engine's database history handler, leaving out what the settings leave out. */
    static final class LeanHistoryEventHandler extends DbHistoryEventHandler {

        private final boolean variableDetails;
        private final boolean taskVariables;

        LeanHistoryEventHandler(boolean variableDetails, boolean taskVariables) {
            this.variableDetails = variableDetails;
            this.taskVariables = taskVariables;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            // Every event of a task-local variable (create, update, delete, migrate) is left out alike, so
            // no update ever looks for a history row that was never written.
            if (!taskVariables && event instanceof HistoricVariableUpdateEventEntity variable
                    && variable.getTaskId() != null) {
                return;
            }
            super.handleEvent(event);
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return variableDetails && super.shouldWriteHistoricDetail(event);
        }
    }
}
