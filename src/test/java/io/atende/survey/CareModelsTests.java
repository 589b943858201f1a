package io.atende.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hygiene of the Ouvidoria (R13) and satisfaction-survey (R21) models and forms, and of the
 * Consultoria Telefônica (R10) fields on analyze-ticket: what a process owner editing them in
 * Modeler must keep.
 */
class CareModelsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ouvidoria", "satisfaction-survey"})
    @DisplayName("each model is named by its key, keeps history 180 days and is laid out for Modeler")
    void isNamedKeptAndLaidOut(String key) {
        BpmnModelInstance model = model(key);
        Process process = model.getModelElementById(key);

        assertThat(process).isNotNull();
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("180");
        assertThat(process.getName()).isNotBlank();
        List<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).toList();
        assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node -> {
            assertThat(shapes).as(node.getId()).contains(node.getId());
            assertThat(node.getName()).as(node.getId()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ouvidoria", "satisfaction-survey"})
    @DisplayName("user tasks go to candidate groups with a Camunda Form by formRef; code runs only through Spring beans")
    void wiresTasksToFormsGroupsAndBeans(String key) {
        BpmnModelInstance model = model(key);

        assertThat(model.getModelElementsByType(UserTask.class)).isNotEmpty().allSatisfy(task -> {
            assertThat(task.getCamundaAssignee()).isNull();
            assertThat(task.getCamundaCandidateGroups()).isNotBlank();
            assertThat(task.getCamundaFormRef()).isEqualTo(task.getId());
            assertThat(Path.of("forms", task.getCamundaFormRef() + ".form")).exists();
        });
        assertThat(model.getModelElementsByType(ServiceTask.class)).allSatisfy(task -> {
            assertThat(task.getCamundaDelegateExpression()).matches("\\$\\{[a-zA-Z]+}");
            assertThat(task.getCamundaClass()).isNull();
        });
        assertThat(model.getModelElementsByType(CamundaTaskListener.class)).allSatisfy(listener ->
                assertThat(listener.getCamundaDelegateExpression()).matches("\\$\\{[a-zA-Z]+}"));
    }

    @ParameterizedTest(name = "{0} requires {1}")
    @CsvSource({"answer-ouvidoria, response", "review-bad-rating, reviewNotes"})
    @DisplayName("R13, R21: the form shows its context read-only and requires the one field the agent writes")
    void showsContextReadOnlyAndRequiresOneField(String formId, String required) throws IOException {
        JsonNode form = JSON.readTree(Path.of("forms", formId + ".form").toFile());
        List<JsonNode> fields = components(form).stream().filter(c -> c.has("key")).toList();

        assertThat(form.path("id").asText()).isEqualTo(formId);
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(fields).filteredOn(f -> !f.path("key").asText().equals(required))
                .allSatisfy(f -> assertThat(f.path("readonly").asBoolean()).as(f.path("key").asText()).isTrue());
        assertThat(fields).filteredOn(f -> f.path("key").asText().equals(required)).singleElement()
                .satisfies(f -> assertThat(f.path("validate").path("required").asBoolean()).isTrue());
        assertThat(components(form)).noneSatisfy(c -> assertThat(c.path("type").asText()).isEqualTo("html"));
    }

    @Test
    @DisplayName("R10: analyze-ticket shows the consulting time fields only for Consultoria Telefônica tickets")
    void showsConsultingTimeOnlyForBillableTickets() throws IOException {
        JsonNode form = JSON.readTree(Path.of("forms", "analyze-ticket.form").toFile());
        JsonNode group = components(form).stream().filter(c -> c.path("id").asText().equals("Group_ConsultingTime"))
                .findFirst().orElseThrow();

        assertThat(group.path("conditional").path("hide").asText()).isEqualTo("=ticketBillable != true");
        assertThat(group.path("components").findValuesAsText("key"))
                .containsExactly("consultingMinutes", "consultingStartedAt", "consultingStoppedAt");
        assertThat(components(form)).filteredOn(c -> c.path("key").asText().equals("ticketBillable")).singleElement()
                .satisfies(c -> assertThat(c.path("readonly").asBoolean()).isTrue());
        assertThat(Files.readString(Path.of("processes", "ticket-lifecycle.bpmn")))
                .contains("delegateExpression=\"${registerConsultingTime}\" event=\"complete\"");
    }

    private static BpmnModelInstance model(String key) {
        return Bpmn.readModelFromFile(Path.of("processes", key + ".bpmn").toFile());
    }

    private static List<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode component : container.path("components")) {
            all.add(component);
            all.addAll(components(component));
        }
        return all;
    }
}
