package io.atende.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13.5: what the pictures must show, so Modeler and Cockpit draw who acts and how the tables depend. */
class DiagramsTests {

    @Test
    @DisplayName("Each decision's DRD shows every input of its table as input data")
    void everyTableInputIsInputData() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
                DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
                for (Decision decision : model.getModelElementsByType(Decision.class)) {
                    int inputs = decision.getChildElementsByType(DecisionTable.class).iterator().next().getInputs().size();
                    assertThat(decision.getInformationRequirements()).as(file.toString()).hasSize(inputs);
                    assertThat(model.getModelElementsByType(InputData.class)).as(file.toString()).hasSize(inputs);
                }
            }
        }
    }

    @Test
    @DisplayName("The lifecycle's picture says who acts and shows the contest window; every element is drawn")
    void theLifecycleShowsWhoActs() {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/ticket-lifecycle.bpmn").toFile());
        List<String> notes = model.getModelElementsByType(TextAnnotation.class).stream()
                .map(a -> a.getText().getTextContent()).toList();
        assertThat(String.join(" ", notes)).contains("Cliente:", "Equipe:", "Manutenção:", "Atende (sistema)",
                "7 dias úteis");
        List<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).toList();
        assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node ->
                assertThat(drawn).as(node.getId()).contains(node.getId()));
    }
}
