package io.atende.models;

import io.atende.ticket.TicketProcess;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;

/**
 * What the application needs of the ticket lifecycle (issue 13.4): the ids, messages, timers and delegates it
 * works with. A copy of the model that renames or drops one is refused at deployment with what is missing and
 * why, instead of failing on a customer's ticket later. docs/decisions-and-forms.md lists the same. The ids
 * themselves are the lifecycle's own ({@link TicketProcess}); this class says why each one matters.
 */
final class LifecycleContract {

    static final String KEY = TicketProcess.KEY;

    /** User task ids → what the application does with them. */
    private static final Map<String, String> USER_TASKS = Map.of(
            TicketProcess.TASK_ANALYZE,
            "a análise da equipe: prazo de SLA, formulário analyze-ticket e filtros do Tasklist",
            TicketProcess.TASK_FIX_NON_CONFORMITY,
            "a correção da Manutenção: prazo de manutenção e formulário fix-non-conformity",
            TicketProcess.TASK_AWAIT_CUSTOMER,
            "a espera pela resposta do cliente: filtro 'Aguardando cliente' do Tasklist e formulário await-customer");
    /** Message names → who correlates them. */
    private static final Map<String, String> MESSAGES = Map.of(
            TicketProcess.MESSAGE_CUSTOMER_REPLIED, "a resposta do cliente a um pedido de informação (portal, API, e-mail)",
            TicketProcess.MESSAGE_CONTESTED, "a contestação da solução (R18)",
            TicketProcess.MESSAGE_ACCEPTED, "o aceite da solução (R18)");
    /** Timer expressions → what they keep consistent with what customers are shown. */
    private static final Map<String, String> TIMERS = Map.of(
            TicketProcess.timerAt(TicketProcess.VAR_CONTEST_DEADLINE),
            "o fim do prazo de contestação que o cliente vê (R18, tabela deadlines)",
            TicketProcess.timerAt(TicketProcess.VAR_SLA_DUE_AT), "o registro do SLA estourado no prazo que a equipe vê (R20)");
    /** Delegates that change the ticket. */
    private static final Map<String, String> DELEGATES = Map.of(
            TicketProcess.DELEGATE_CLASSIFY, "a classificação, a equipe e o prazo de SLA",
            TicketProcess.DELEGATE_PROPOSE_SOLUTION, "a solução proposta (RESOLVIDO)",
            TicketProcess.DELEGATE_CLOSE, "o fechamento (FECHADO)");
    static final String END_ACCEPTED = TicketProcess.END_CLOSED_ACCEPTED;
    private static final Set<String> DECISIONS = Set.of(TicketProcess.DECISION_PRIORITY, TicketProcess.DECISION_ROUTING,
            TicketProcess.DECISION_SLA_TARGETS);

    private LifecycleContract() {
    }

    /** The problems of a BPMN file, in Portuguese; empty when it has no lifecycle or the lifecycle keeps the contract. */
    static List<String> check(String resource, byte[] content) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            return List.of(); // the engine's parser reports it
        }
        Process lifecycle = model.getModelElementsByType(Process.class).stream()
                .filter(p -> KEY.equals(p.getId())).findFirst().orElse(null);
        if (lifecycle == null) {
            return List.of();
        }
        String where = "Processo '" + KEY + "' em " + resource;
        List<String> problems = new ArrayList<>();
        Set<String> userTasks = model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId)
                .collect(Collectors.toSet());
        USER_TASKS.forEach((id, use) -> {
            if (!userTasks.contains(id)) {
                problems.add(where + ": falta a tarefa de usuário com id '" + id + "' (" + use + "). Mantenha o id ao "
                        + "editar; o nome mostrado pode mudar.");
            }
        });
        Set<String> caught = model.getModelElementsByType(MessageEventDefinition.class).stream()
                .map(MessageEventDefinition::getMessage).filter(m -> m != null).map(Message::getName)
                .collect(Collectors.toSet());
        MESSAGES.forEach((name, use) -> {
            if (!caught.contains(name)) {
                problems.add(where + ": nenhum evento espera a mensagem '" + name + "' (" + use + ").");
            }
        });
        Set<String> timers = model.getModelElementsByType(TimeDate.class).stream()
                .map(t -> t.getTextContent() == null ? "" : t.getTextContent().strip()).collect(Collectors.toSet());
        TIMERS.forEach((expression, use) -> {
            if (!timers.contains(expression)) {
                problems.add(where + ": falta um temporizador com data " + expression + " (" + use + "). Mude os "
                        + "prazos na tabela deadlines, não no temporizador.");
            }
        });
        Set<String> delegates = model.getModelElementsByType(ServiceTask.class).stream()
                .map(ServiceTask::getCamundaDelegateExpression).filter(d -> d != null).collect(Collectors.toSet());
        DELEGATES.forEach((expression, use) -> {
            if (!delegates.contains(expression)) {
                problems.add(where + ": falta a tarefa de serviço com delegate " + expression + " (" + use + ").");
            }
        });
        // the accepted proposal closes where the model ends it: the end event keeps its closing listener
        EndEvent accepted = model.getModelElementById(END_ACCEPTED) instanceof EndEvent end ? end : null;
        boolean closes = accepted != null && accepted.getExtensionElements() != null && accepted.getExtensionElements()
                .getElementsQuery().filterByType(CamundaExecutionListener.class).list().stream()
                .anyMatch(l -> TicketProcess.DELEGATE_CLOSE.equals(l.getCamundaDelegateExpression())
                        && "start".equals(l.getCamundaEvent()));
        if (!closes) {
            problems.add(where + ": falta o evento de fim '" + END_ACCEPTED + "' com o ouvinte de início "
                    + TicketProcess.DELEGATE_CLOSE + " (o ticket fica FECHADO quando o processo chega a esse fim, depois do aceite).");
        }
        Set<String> decisions = model.getModelElementsByType(BusinessRuleTask.class).stream()
                .map(BusinessRuleTask::getCamundaDecisionRef).filter(d -> d != null).collect(Collectors.toSet());
        for (String decision : DECISIONS) {
            if (!decisions.contains(decision)) {
                problems.add(where + ": falta a tarefa de regra de negócio da tabela '" + decision + "'.");
            }
        }
        return problems;
    }
}
