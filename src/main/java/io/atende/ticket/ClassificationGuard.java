package io.atende.ticket;

import io.atende.platform.ProcessVariable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A decision that fails while a ticket opens must never lose the ticket (issue 13.3). Before the lifecycle starts,
 * the three tables it evaluates first are tried with the ticket's inputs by the engine's DMN engine, inside one engine
 * command that catches what fails (so the opening's transaction stays usable, and no second connection is taken:
 * openings never wait on each other for the pool); when one fails (an error, no row for the combination, a value the application cannot use), the ticket is kept without
 * classification and waits in the process {@code classification-repair} with an incident in Cockpit naming the
 * table, until a process administrator repairs it and completes the task, which starts the lifecycle.
 */
@Component
public class ClassificationGuard {

    public static final String REPAIR_PROCESS = "classification-repair";
    public static final String INCIDENT_TYPE = "classificationFailed";
    /** Variables of the repair process ({@code processes/classification-repair.bpmn}, its form repair-classification). */
    public static final ProcessVariable<String> VAR_PROBLEM = ProcessVariable.text("classificationProblem");
    public static final ProcessVariable<String> VAR_TICKET_NUMBER = ProcessVariable.text("ticketNumber");
    /** The lifecycle's start variables, kept on the repair instance. */
    public static final List<ProcessVariable<?>> LIFECYCLE_VARIABLES = List.of(TicketProcess.VAR_TYPE,
            TicketProcess.VAR_PRODUCT, TicketProcess.VAR_OFFER, TicketProcess.VAR_IMPACT, TicketProcess.VAR_URGENCY,
            TicketProcess.VAR_CONTRACT_TEAM);

    private static final Logger log = LoggerFactory.getLogger(ClassificationGuard.class);

    private final ProcessEngine engine;
    private final io.atende.team.Teams teams;

    ClassificationGuard(ProcessEngine engine, io.atende.team.Teams teams) {
        this.engine = engine;
        this.teams = teams;
    }

    /** The lifecycle's start variables as the repair instance {@code scope} keeps them (names → stored values). */
    public static Map<String, Object> lifecycleVariables(VariableScope scope) {
        Map<String, Object> variables = new HashMap<>();
        for (ProcessVariable<?> variable : LIFECYCLE_VARIABLES) {
            variables.put(variable.name(), scope.getVariable(variable.name()));
        }
        return variables;
    }

    /** What keeps the lifecycle from classifying a ticket with these inputs, in Portuguese; empty when nothing. */
    public Optional<String> problem(Map<String, Object> variables) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        // Failures are caught inside the command: an engine command that throws marks the caller's transaction
        // rollback-only, which would lose the ticket this check exists to keep.
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            try {
                return evaluate(variables, configuration);
            } catch (RuntimeException e) {
                log.warn("A decision of the ticket lifecycle failed for inputs {}", variables, e);
                return Optional.of("Uma tabela de decisão falhou ao classificar o ticket: " + e.getMessage());
            }
        });
    }

    private Optional<String> evaluate(Map<String, Object> variables, ProcessEngineConfigurationImpl configuration) {
        Map<String, Object> inputs = new HashMap<>(variables);
        Object priority = single(configuration, TicketProcess.DECISION_PRIORITY, inputs).get(TicketProcess.VAR_PRIORITY.name());
        if (!(priority instanceof String p) || java.util.Arrays.stream(Priority.values()).noneMatch(v -> v.name().equals(p))) {
            return Optional.of(missing(TicketProcess.DECISION_PRIORITY, inputs, "uma classificação", priority));
        }
        inputs.put(TicketProcess.VAR_PRIORITY.name(), priority);
        Object team = single(configuration, TicketProcess.DECISION_ROUTING, inputs).get(TicketProcess.VAR_TEAM.name());
        if (!(team instanceof String t) || !teams.exists(t)) {
            return Optional.of(missing(TicketProcess.DECISION_ROUTING, inputs, "uma equipe que existe", team));
        }
        Map<String, Object> targets = single(configuration, TicketProcess.DECISION_SLA_TARGETS, inputs);
        if (!(targets.get(TicketProcess.VAR_SUPPORT_HOURS.name()) instanceof Number)
                || !(targets.get(TicketProcess.VAR_MAINTENANCE_DAYS.name()) instanceof Number)) {
            return Optional.of(missing(TicketProcess.DECISION_SLA_TARGETS, inputs, "as metas (supportHours, "
                    + "maintenanceDays)", targets.isEmpty() ? null : targets));
        }
        return Optional.empty();
    }

    /**
     * The first row's values of the latest version of {@code key}, evaluated by the engine's DMN engine (history
     * kept, no authorization check: the application evaluates, not the signed-in user); empty when no row matched.
     */
    private static Map<String, Object> single(ProcessEngineConfigurationImpl configuration, String key,
            Map<String, Object> inputs) {
        DmnDecision decision = (DmnDecision) configuration.getDeploymentCache().findDeployedLatestDecisionDefinitionByKey(key);
        DmnDecisionResult result = configuration.getDmnEngine().evaluateDecision(decision, Variables.fromMap(inputs));
        return result.isEmpty() ? Map.<String, Object>of() : result.getFirstResult().getEntryMap();
    }

    private static String missing(String decision, Map<String, Object> inputs, String expected, Object was) {
        return "A tabela '" + decision + "' não deu " + expected + " para as entradas " + inputs + " (resultado: "
                + (was == null ? "nenhuma linha" : was) + "). Corrija a tabela no Camunda Modeler, implante e conclua "
                + "a tarefa \"Corrigir a classificação do ticket\".";
    }

    /** Keeps the ticket waiting for the repair: the repair process with the lifecycle's inputs and an incident. */
    void holdForRepair(Ticket ticket, Map<String, Object> variables, String problem) {
        Map<String, Object> repair = new HashMap<>(variables);
        VAR_TICKET_NUMBER.putInto(repair, ticket.number().toString());
        VAR_PROBLEM.putInto(repair, problem.length() > 3900 ? problem.substring(0, 3900) : problem);
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(REPAIR_PROCESS,
                ticket.number().toString(), repair);
        String execution = engine.getRuntimeService().createExecutionQuery().processInstanceId(instance.getId())
                .activityId("repair-classification").singleResult().getId();
        engine.getRuntimeService().createIncident(INCIDENT_TYPE, execution, ticket.number().toString(),
                "Ticket " + ticket.number() + ": " + problem);
        log.warn("Ticket {} kept without classification, waiting in {}: {}", ticket.number(), REPAIR_PROCESS, problem);
    }
}
