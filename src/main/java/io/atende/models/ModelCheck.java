package io.atende.models;

import io.atende.models.TableContracts.Column;
import io.atende.models.TableContracts.Contract;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before the engine's deployers on every deployment (Modeler, REST, a release): a decision table the
 * application reads must keep the inputs and outputs of its {@link TableContracts contract}, and its cells must
 * hold values the application knows (a team that exists, a classification, a calendar); the ticket lifecycle must
 * keep the ids, messages, timers and delegates of its {@link LifecycleContract}. A model that breaks its
 * contract is refused with a Portuguese message naming the table, the row and the column; nothing is deployed
 * (issue 13.3). Through engine REST the refusal is a 400.
 */
class ModelCheck implements Deployer {

    private static final Logger log = LoggerFactory.getLogger(ModelCheck.class);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final TableContracts contracts;

    ModelCheck(TableContracts contracts) {
        this.contracts = contracts;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        Map<String, ResourceEntity> resources = deployment.getResources();
        if (resources == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (ResourceEntity resource : resources.values()) {
            if (resource.getName().endsWith(".dmn") || resource.getName().endsWith(".dmn11.xml")) {
                problems.addAll(check(resource.getName(), resource.getBytes()));
            } else if (resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml")) {
                problems.addAll(LifecycleContract.check(resource.getName(), resource.getBytes()));
            }
        }
        if (!problems.isEmpty()) {
            String message = "A implantação foi recusada e nada foi implantado: " + String.join(" ", problems);
            log.warn("Deployment '{}' (source {}) refused: {}", deployment.getName(), deployment.getSource(), message);
            throw new BadUserRequestException(message);
        }
    }

    /** The problems of one DMN file, in Portuguese; empty when every table the application reads keeps its contract. */
    List<String> check(String resource, byte[] content) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            return List.of(); // the engine's own parser says what is wrong with the XML
        }
        List<String> problems = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            Contract contract = contracts.of(decision.getId());
            if (contract == null) {
                continue;
            }
            String table = "Tabela '" + decision.getId() + "'" + (decision.getName() == null ? "" : " (" + decision.getName()
                    + ")") + " em " + resource;
            Collection<DecisionTable> tables = decision.getChildElementsByType(DecisionTable.class);
            if (tables.isEmpty()) {
                problems.add(table + ": precisa ser uma tabela de decisão.");
                continue;
            }
            problems.addAll(check(table, contract, tables.iterator().next()));
        }
        return problems;
    }

    private List<String> check(String table, Contract contract, DecisionTable decisionTable) {
        List<String> problems = new ArrayList<>();
        List<Input> inputs = new ArrayList<>(decisionTable.getInputs());
        List<Output> outputs = new ArrayList<>(decisionTable.getOutputs());
        Map<Integer, Column> inputColumns = new HashMap<>();
        for (Column column : contract.inputs()) {
            int index = indexOfInput(inputs, column.name());
            if (index < 0) {
                continue; // an input the owner does not use is fine: the application passes it anyway
            }
            String type = inputs.get(index).getInputExpression().getTypeRef();
            if (type != null && !type.equals(column.typeRef())) {
                problems.add(table + ", entrada '" + column.name() + "': o tipo precisa ser " + type(column.typeRef())
                        + ", não " + type + ".");
            }
            inputColumns.put(index, column);
        }
        Map<Integer, Column> outputColumns = new HashMap<>();
        for (Column column : contract.outputs()) {
            int index = indexOfOutput(outputs, column.name());
            if (index < 0) {
                problems.add(table + ": falta a saída '" + column.name() + "' (" + type(column.typeRef()) + "), que o "
                        + "Atende lê. Acrescente a coluna de saída com esse nome.");
                continue;
            }
            String type = outputs.get(index).getTypeRef();
            if (type != null && !type.equals(column.typeRef())) {
                problems.add(table + ", saída '" + column.name() + "': o tipo precisa ser " + type(column.typeRef())
                        + ", não " + type + ".");
            }
            outputColumns.put(index, column);
        }
        Map<String, Integer> rowsPerValue = new HashMap<>();
        int number = 0;
        for (Rule rule : decisionTable.getRules()) {
            number++;
            String row = table + ", linha " + number + (rule.getDescription() == null ? "" : " (\""
                    + shorten(rule.getDescription().getTextContent()) + "\")");
            List<InputEntry> inputEntries = new ArrayList<>(rule.getInputEntries());
            for (Map.Entry<Integer, Column> input : inputColumns.entrySet()) {
                if (input.getKey() >= inputEntries.size()) {
                    continue;
                }
                String cell = text(inputEntries.get(input.getKey()).getTextContent());
                Column column = input.getValue();
                if (column.allowed() != null) {
                    for (String literal : literals(cell)) {
                        if (!column.allowed().get().contains(literal)) {
                            problems.add(row + ", entrada '" + column.name() + "': \"" + literal + "\" não é um valor "
                                    + "que o Atende conhece. Valores: " + String.join(", ", column.allowed().get()) + ".");
                        }
                    }
                }
                if (contract.rows() != null && column.name().equals(contract.inputs().get(0).name())) {
                    for (String literal : literals(cell)) {
                        rowsPerValue.merge(literal, 1, Integer::sum);
                    }
                }
            }
            List<OutputEntry> outputEntries = new ArrayList<>(rule.getOutputEntries());
            for (Map.Entry<Integer, Column> output : outputColumns.entrySet()) {
                String cell = output.getKey() < outputEntries.size()
                        ? text(outputEntries.get(output.getKey()).getTextContent()) : "";
                String problem = checkOutput(output.getValue(), cell);
                if (problem != null) {
                    problems.add(row + ", saída '" + output.getValue().name() + "': " + problem);
                }
            }
        }
        if (contract.rows() != null) {
            for (String value : contract.rows()) {
                int rows = rowsPerValue.getOrDefault(value, 0);
                if (rows != 1) {
                    problems.add(table + ": precisa de exatamente uma linha para \"" + value + "\", tem " + rows + ".");
                }
            }
        }
        return problems;
    }

    private static String checkOutput(Column column, String cell) {
        if (cell.isEmpty() || "null".equals(cell)) {
            return column.required() ? "a célula está vazia; o Atende precisa de um valor aqui." : null;
        }
        switch (column.typeRef()) {
            case "integer" -> {
                try {
                    int value = Integer.parseInt(cell);
                    return value < column.min() || value > column.max()
                            ? "'" + cell + "' precisa estar entre " + column.min() + " e " + column.max() + "." : null;
                } catch (NumberFormatException e) {
                    return "'" + cell + "' precisa ser um número inteiro (sem aspas).";
                }
            }
            case "boolean" -> {
                return "true".equals(cell) || "false".equals(cell) ? null : "'" + cell + "' precisa ser true ou false.";
            }
            default -> {
                Matcher literal = LITERAL.matcher(cell);
                if (literal.matches()) {
                    String value = literal.group(1);
                    if (column.allowed() != null && !column.allowed().get().contains(value)) {
                        return "\"" + value + "\" não é um valor que o Atende conhece. Valores: "
                                + String.join(", ", column.allowed().get()) + ".";
                    }
                    if ("duration".equals(column.name())) {
                        try {
                            Duration.parse(value);
                        } catch (DateTimeParseException e) {
                            return "\"" + value + "\" precisa ser uma duração ISO 8601, como \"P30D\".";
                        }
                    }
                    return null;
                }
                if (NAME.matcher(cell).matches() && column.allowedExpressions().contains(cell)) {
                    return null;
                }
                return "'" + cell + "' precisa ser um texto entre aspas"
                        + (column.allowedExpressions().isEmpty() ? "" : " ou " + String.join(", ", column.allowedExpressions()))
                        + ".";
            }
        }
    }

    private static int indexOfInput(List<Input> inputs, String name) {
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).getInputExpression() != null
                    && name.equals(text(inputs.get(i).getInputExpression().getTextContent()))) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfOutput(List<Output> outputs, String name) {
        for (int i = 0; i < outputs.size(); i++) {
            if (name.equals(outputs.get(i).getName())) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> literals(String cell) {
        List<String> found = new ArrayList<>();
        Matcher matcher = LITERAL.matcher(cell);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String text(String content) {
        return content == null ? "" : content.strip();
    }

    private static String shorten(String text) {
        String t = text(text);
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    private static String type(String typeRef) {
        return switch (typeRef) {
            case "integer" -> "integer (número inteiro)";
            case "boolean" -> "boolean (true/false)";
            default -> "string (texto)";
        };
    }
}
