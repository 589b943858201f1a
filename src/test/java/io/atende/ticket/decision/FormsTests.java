package io.atende.ticket.decision;

import io.atende.ticket.AnalysisOutcome;
import static io.atende.ticket.TicketProcess.TASK_ANALYZE;
import static io.atende.ticket.TicketProcess.TASK_AWAIT_CUSTOMER;
import static io.atende.ticket.TicketProcess.VAR_RESUME_REASON;
import static io.atende.ticket.TicketProcess.TASK_FIX_NON_CONFORMITY;
import static io.atende.ticket.TicketProcess.VAR_NON_CONFORMITY;
import static io.atende.ticket.TicketProcess.VAR_OUTCOME;
import static io.atende.ticket.TicketProcess.VAR_QUESTION;
import static io.atende.ticket.TicketProcess.VAR_SOLUTION;
import static io.atende.ticket.TicketProcess.VAR_TRANSFER_REASON;
import static io.atende.ticket.TicketProcess.VAR_TRANSFER_TO;
import static io.atende.ticket.TicketProcess.VIEW_COMPANY;
import static io.atende.ticket.TicketProcess.VIEW_CONTACT;
import static io.atende.ticket.TicketProcess.VIEW_DESCRIPTION;
import static io.atende.ticket.TicketProcess.VIEW_HISTORY;
import static io.atende.ticket.TicketProcess.VIEW_NUMBER;
import static io.atende.ticket.TicketProcess.VIEW_PRIORITY;
import static io.atende.ticket.TicketProcess.VIEW_PRODUCT;
import static io.atende.ticket.TicketProcess.VIEW_SLA_DUE;
import static io.atende.ticket.TicketProcess.VIEW_SUBJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Camunda Forms (form-js JSON) that the user tasks reference by id through camunda:formRef. */
class FormsTests {

    private static final Path FORMS = Path.of("forms");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The ticket as the agent sees it: task-local variables, shown and never edited. */
    private static final List<String> TICKET_VIEW = List.of(VIEW_NUMBER.name(), VIEW_COMPANY.name(), VIEW_CONTACT.name(),
            VIEW_PRIORITY.name(), VIEW_SLA_DUE.name(), VIEW_PRODUCT.name(), VIEW_SUBJECT.name(), VIEW_DESCRIPTION.name(), VIEW_HISTORY.name());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TASK_ANALYZE, TASK_FIX_NON_CONFORMITY, TASK_AWAIT_CUSTOMER})
    @DisplayName("each form is a Camunda Platform 7.24 form whose id is its file name (camunda:formRef)")
    void isNamedByItsIdForCamundaPlatform(String formId) throws IOException {
        JsonNode form = read(formId);

        assertThat(form.path("id").asText()).isEqualTo(formId);
        assertThat(form.path("type").asText()).isEqualTo("default");
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(form.path("schemaVersion").asInt()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TASK_ANALYZE, TASK_FIX_NON_CONFORMITY, TASK_AWAIT_CUSTOMER})
    @DisplayName("R17: each form shows the whole ticket read-only, without validation that could block submitting")
    void showsTheTicketReadOnly(String formId) throws IOException {
        Map<String, JsonNode> fields = fieldsByKey(read(formId));

        assertThat(fields).containsKeys(TICKET_VIEW.toArray(String[]::new));
        for (String key : TICKET_VIEW) {
            JsonNode field = fields.get(key);
            assertThat(field.path("type").asText()).as(key).isIn("textfield", "textarea");
            assertThat(field.path("readonly").asBoolean()).as(key).isTrue();
            assertThat(field.has("validate")).as(key).isFalse();
        }
        assertThat(fields.get(VIEW_DESCRIPTION.name()).path("type").asText()).isEqualTo("textarea");
        assertThat(fields.get(VIEW_HISTORY.name()).path("type").asText()).isEqualTo("textarea");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TASK_ANALYZE, TASK_FIX_NON_CONFORMITY, TASK_AWAIT_CUSTOMER})
    @DisplayName("customer text never renders as HTML: no html component, text components are static")
    void rendersNoCustomerTextAsMarkup(String formId) throws IOException {
        List<JsonNode> components = components(read(formId));

        assertThat(components).noneSatisfy(c -> assertThat(c.path("type").asText()).isEqualTo("html"));
        assertThat(components).filteredOn(c -> c.path("type").asText().equals("text"))
                .allSatisfy(c -> assertThat(c.path("text").asText()).doesNotContain("{{").doesNotStartWith("="));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {TASK_ANALYZE, TASK_FIX_NON_CONFORMITY, TASK_AWAIT_CUSTOMER})
    @DisplayName("component ids and keys are unique within a form")
    void hasUniqueIdsAndKeys(String formId) throws IOException {
        List<JsonNode> components = components(read(formId));

        assertThat(components.stream().map(c -> c.path("id").asText())).doesNotHaveDuplicates();
        assertThat(components.stream().filter(c -> c.has("key")).map(c -> c.path("key").asText()))
                .doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("R17, R18, R22: analyze-ticket asks for exactly one of the four outcomes")
    void asksForOneOfTheFourOutcomes() throws IOException {
        JsonNode outcome = fieldsByKey(read(TASK_ANALYZE)).get(VAR_OUTCOME.name());

        assertThat(outcome.path("type").asText()).isEqualTo("radio");
        assertThat(outcome.path("validate").path("required").asBoolean()).isTrue();
        assertThat(outcome.path("values").findValuesAsText("value")).containsExactly(
                java.util.Arrays.stream(AnalysisOutcome.values()).map(Enum::name).toArray(String[]::new));
        assertThat(outcome.path("values").findValuesAsText("label")).allSatisfy(label -> assertThat(label).isNotBlank());
    }

    @ParameterizedTest(name = "{0} shown and required only when outcome is {1}")
    @CsvSource({
            "solution, PROPOSE_SOLUTION, textarea",
            "question, REQUEST_INFORMATION, textarea",
            "nonConformity, FORWARD_TO_MAINTENANCE, textarea",
            "transferTo, TRANSFER, select"
    })
    @DisplayName("R17, R18, R22: each outcome's field appears only for that outcome and is then required")
    void requiresTheFieldOfTheChosenOutcome(String key, String outcome, String type) throws IOException {
        JsonNode field = fieldsByKey(read(TASK_ANALYZE)).get(key);

        assertThat(field).as(key).isNotNull();
        assertThat(field.path("type").asText()).isEqualTo(type);
        assertThat(field.path("readonly").asBoolean()).isFalse();
        assertThat(field.path("validate").path("required").asBoolean()).isTrue();
        assertThat(field.path("conditional").path("hide").asText())
                .isEqualTo("=" + VAR_OUTCOME.name() + " != \"" + outcome + "\"");
        if (type.equals("textarea")) {
            assertThat(field.path("validate").path("maxLength").asInt()).isBetween(1, 10_000);
        }
    }

    @Test
    @DisplayName("R9, R22: a transfer names one of the known teams and may say why")
    void transfersToAKnownTeamWithOptionalReason() throws IOException {
        Map<String, JsonNode> fields = fieldsByKey(read(TASK_ANALYZE));

        assertThat(fields.get(VAR_TRANSFER_TO.name()).path("values").findValuesAsText("value")).containsExactlyInAnyOrder(
                "cst", "suporte-protheus", "suporte-rm", "suporte-datasul", "suporte-logix", "suporte-serie1",
                "suporte-rms", "suporte-fluig", "customizacao", "ouvidoria", "sac-fly01", "cloud", "prime");
        JsonNode reason = fields.get(VAR_TRANSFER_REASON.name());
        assertThat(reason.path("validate").path("required").asBoolean()).isFalse();
        assertThat(reason.path("conditional").path("hide").asText())
                .isEqualTo("=" + VAR_OUTCOME.name() + " != \"" + AnalysisOutcome.TRANSFER.name() + "\"");
    }

    @Test
    @DisplayName("R22, R18: fix-non-conformity shows the reported non-conformity and requires the delivered fix")
    void showsNonConformityAndRequiresTheFix() throws IOException {
        Map<String, JsonNode> fields = fieldsByKey(read(TASK_FIX_NON_CONFORMITY));

        JsonNode nonConformity = fields.get(VAR_NON_CONFORMITY.name());
        assertThat(nonConformity.path("type").asText()).isEqualTo("textarea");
        assertThat(nonConformity.path("readonly").asBoolean()).isTrue();
        assertThat(nonConformity.has("validate")).isFalse();
        JsonNode solution = fields.get(VAR_SOLUTION.name());
        assertThat(solution.path("type").asText()).isEqualTo("textarea");
        assertThat(solution.path("readonly").asBoolean()).isFalse();
        assertThat(solution.has("conditional")).isFalse();
        assertThat(solution.path("validate").path("required").asBoolean()).isTrue();
        assertThat(fields).doesNotContainKey(VAR_OUTCOME.name());
    }

    @Test
    @DisplayName("R17, R20: await-customer shows the question asked and requires the reason to resume without a reply")
    void showsTheQuestionAndRequiresTheResumeReason() throws IOException {
        Map<String, JsonNode> fields = fieldsByKey(read(TASK_AWAIT_CUSTOMER));

        JsonNode question = fields.get(VAR_QUESTION.name());
        assertThat(question.path("readonly").asBoolean()).isTrue();
        assertThat(question.has("validate")).isFalse();
        JsonNode reason = fields.get(VAR_RESUME_REASON.name());
        assertThat(reason.path("type").asText()).isEqualTo("textarea");
        assertThat(reason.path("readonly").asBoolean()).isFalse();
        assertThat(reason.path("validate").path("required").asBoolean()).isTrue();
        assertThat(reason.path("validate").path("maxLength").asInt()).isBetween(1, 10_000);
        assertThat(fields).doesNotContainKeys(VAR_OUTCOME.name(), VAR_SOLUTION.name());
    }

    private static JsonNode read(String formId) throws IOException {
        return JSON.readTree(FORMS.resolve(formId + ".form").toFile());
    }

    /** Every component, groups included, depth first. */
    private static List<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode component : container.path("components")) {
            all.add(component);
            all.addAll(components(component));
        }
        return all;
    }

    private static Map<String, JsonNode> fieldsByKey(JsonNode form) {
        return components(form).stream()
                .filter(component -> component.has("key"))
                .collect(Collectors.toMap(c -> c.path("key").asText(), c -> c));
    }
}
