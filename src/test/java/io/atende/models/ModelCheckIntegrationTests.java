package io.atende.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.AtendeIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 13.3: valid but wrong tables are refused at deployment, from Modeler (engine REST) as from the Java API,
 * with a Portuguese message naming the table, row and column; nothing is deployed and tickets keep the live table.
 */
@AtendeIntegrationTest
class ModelCheckIntegrationTests {

    @Autowired LiveModels models;
    @Autowired ProcessEngine engine;
    @Autowired TestRestTemplate http;

    @org.junit.jupiter.api.AfterEach
    void releaseTablesAgain() {
        for (String key : new String[] {"ticket-routing", "sla-targets", "ticket-priority", "deadlines",
                "ticket-lifecycle"}) {
            models.adoptRelease(key, "test");
        }
    }

    @Test
    @DisplayName("A routing row naming a team that does not exist (suporte-protheu): 400 naming table, row, column")
    void aTeamThatDoesNotExistIsRefused() {
        String routing = text("ticket-routing").replaceFirst("(<outputEntry[^>]*>\\s*<text>)\"suporte-protheus\"",
                "$1\"suporte-protheu\"");
        assertThat(routing).contains("\"suporte-protheu\"");
        long before = versions("ticket-routing");

        ResponseEntity<String> answer = deployFromModeler("ticket-routing.dmn", routing);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("nada foi implantado", "ticket-routing", "linha ", "saída 'team'",
                "suporte-protheu", "suporte-protheus");
        assertThat(versions("ticket-routing")).isEqualTo(before);
    }

    @Test
    @DisplayName("An SLA-target table without its output column supportHours: refused before any ticket breaks")
    void aMissingOutputIsRefused() {
        String targets = text("sla-targets").replaceFirst("name=\"supportHours\"", "name=\"horasSuporte\"");
        long before = versions("sla-targets");

        ResponseEntity<String> answer = deployFromModeler("sla-targets.dmn", targets);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("sla-targets", "falta a saída 'supportHours'");
        assertThat(versions("sla-targets")).isEqualTo(before);
    }

    @Test
    @DisplayName("Unknown input values, a text where a number goes, a missing deadline row: each named; Java API too")
    void everyBrokenCellIsNamed() {
        String priority = text("ticket-priority").replaceFirst("<text>\"ALTO\"</text>", "<text>\"ALTISSIMO\"</text>");
        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().name("p")
                .addString("ticket-priority.dmn", priority).deploy())
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("ticket-priority")
                .hasMessageContaining("ALTISSIMO");

        String targets = text("sla-targets").replaceFirst("<text>10</text>", "<text>\"10\"</text>");
        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().name("s")
                .addString("sla-targets.dmn", targets).deploy())
                .hasMessageContaining("linha 1").hasMessageContaining("número inteiro");

        String deadlines = text("deadlines").replace("<text>\"OUVIDORIA_RESPONSE\"</text>", "<text>\"CONTEST_WINDOW\"</text>");
        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().name("d")
                .addString("deadlines.dmn", deadlines).deploy())
                .hasMessageContaining("OUVIDORIA_RESPONSE").hasMessageContaining("exatamente uma linha");
    }

    @Test
    @DisplayName("Issue 13.4: a copy of the lifecycle with the analysis task renamed is refused at deployment, "
            + "saying which id the application needs; without the contest message or its timer too")
    void aLifecycleWithRenamedTasksIsRefused() {
        String lifecycle = text("ticket-lifecycle");
        long before = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("ticket-lifecycle").count();
        String renamed = lifecycle.replace("\"analyze-ticket\"", "\"analisar-ticket\"");

        ResponseEntity<String> answer = deployFromModeler("ticket-lifecycle.bpmn", renamed);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("ticket-lifecycle", "falta a tarefa de usuário com id 'analyze-ticket'");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("ticket-lifecycle")
                .count()).isEqualTo(before);

        String noContest = lifecycle.replace("name=\"TicketContested\"", "name=\"Contestado\"")
                .replace("${contestDeadline}", "P7D");
        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().name("l")
                .addString("ticket-lifecycle.bpmn", noContest).deploy())
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("'TicketContested'").hasMessageContaining("${contestDeadline}");
    }

    @Test
    @DisplayName("The release's own models keep their contracts")
    void theReleasesTablesPass() {
        ModelCheck check = new ModelCheck(contracts);
        for (PackagedModel model : models.packaged()) {
            if (model.kind() == ModelKind.DMN) {
                assertThat(check.check(model.resource(), model.content())).as(model.resource()).isEmpty();
            }
            if (model.kind() == ModelKind.BPMN) {
                assertThat(LifecycleContract.check(model.resource(), model.content())).as(model.resource()).isEmpty();
            }
        }
    }

    @Autowired TableContracts contracts;

    private ResponseEntity<String> deployFromModeler(String fileName, String content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", fileName);
        form.add("deployment-source", "Camunda Modeler");
        form.add("deploy-changed-only", "true");
        form.add(fileName, new HttpEntity<>(new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("demo", "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(form, headers), String.class);
    }

    private String text(String key) {
        return new String(models.packaged().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow()
                .content(), StandardCharsets.UTF_8);
    }

    private long versions(String key) {
        return engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key).count();
    }
}
