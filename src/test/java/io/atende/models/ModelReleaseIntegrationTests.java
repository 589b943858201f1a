package io.atende.models;

import static io.atende.ticket.TicketFixtures.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.models.internal.ModelState;
import io.atende.models.internal.StartOutcome;
import io.atende.team.WebappSession;
import io.atende.ticket.Channel;
import io.atende.ticket.Environment;
import io.atende.ticket.Impact;
import io.atende.ticket.Product;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.TicketDraft;
import io.atende.ticket.TicketType;
import io.atende.ticket.Urgency;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 13.1: a process owner's table deployed from Camunda Modeler (engine REST, deploy-changed-only) survives a
 * release that changes another model only, and a restart; a release that changes the owner's model too keeps the
 * owner's live and says so, until the release's is adopted.
 */
@AtendeIntegrationTest
class ModelReleaseIntegrationTests {

    static final String ROUTING = "ticket-routing";
    static final String PRIORITY = "ticket-priority";

    @Autowired LiveModels models;
    @Autowired ProcessEngine engine;
    @Autowired TestRestTemplate http;
    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;

    @AfterEach
    void releaseVersionsAgain() {
        // other tests of the shared context expect the repository's tables
        models.adoptRelease(ROUTING, "test");
        models.adoptRelease(PRIORITY, "test");
    }

    @Test
    @DisplayName("Each packaged model is its own deployment by the release, live and equal to the repository's file")
    void aStartDeploysEachModelOnItsOwn() {
        List<ModelState> states = models.states();
        assertThat(states).extracting(ModelState::key).contains("ticket-lifecycle", ROUTING, PRIORITY, "sla-targets",
                "analyze-ticket", "ouvidoria", "satisfaction-survey");
        assertThat(states).allSatisfy(s -> {
            assertThat(s.packagedIsLive()).as(s.key()).isTrue();
            assertThat(s.origin()).as(s.key()).isEqualTo(Origin.RELEASE);
        });
        DecisionDefinition routing = latest(ROUTING);
        assertThat(engine.getRepositoryService().getDeploymentResourceNames(routing.getDeploymentId()))
                .containsExactly("ticket-routing.dmn");
    }

    @Test
    @DisplayName("The owner's routing table stays live through a release that changes the priority table only, and "
            + "new tickets use it")
    void aReleaseChangingAnotherModelKeepsTheOwnersTable() {
        int ownersVersion = deployFromModeler(ROUTING, "ticket-routing.dmn", "Rotear ticket", "Rotear ticket (dono)");
        List<PackagedModel> release = releaseWith(PRIORITY, "Classificar ticket", "Classificar ticket (versão 2)");
        int priorityBefore = latest(PRIORITY).getVersion();

        models.release(engine, release);

        assertThat(latest(ROUTING).getVersion()).isEqualTo(ownersVersion);
        assertThat(latest(PRIORITY).getVersion()).isEqualTo(priorityBefore + 1);
        assertThat(state(ROUTING)).satisfies(s -> {
            assertThat(s.origin()).isEqualTo(Origin.OWNER);
            assertThat(s.deployedBy()).isEqualTo("Camunda Modeler");
            assertThat(s.atStart()).isEqualTo(StartOutcome.OWNER_KEPT);
        });
        assertThat(state(PRIORITY).atStart()).isEqualTo(StartOutcome.UPDATED);

        Ticket ticket = open();
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ticket.number().toString()).singleResult().getId();
        var decisions = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .processInstanceId(instance).decisionDefinitionKey(ROUTING).list();
        assertThat(decisions).singleElement().satisfies(d -> assertThat(engine.getRepositoryService()
                .getDecisionDefinition(d.getDecisionDefinitionId()).getVersion()).isEqualTo(ownersVersion));

        // a restart with the same release: nothing deployed, the owner's still live
        models.release(engine, release);
        assertThat(latest(ROUTING).getVersion()).isEqualTo(ownersVersion);
        assertThat(latest(PRIORITY).getVersion()).isEqualTo(priorityBefore + 1);
    }

    @Test
    @DisplayName("A release that changes the owner's table too: the owner's stays live (conflict) until the "
            + "administrator adopts the release's")
    void aConflictKeepsTheOwnersTableUntilAdopted() {
        int ownersVersion = deployFromModeler(ROUTING, "ticket-routing.dmn", "Rotear ticket", "Rotear ticket (dono)");

        models.release(engine, releaseWith(ROUTING, "Rotear ticket", "Rotear ticket (versão 2 do Atende)"));

        assertThat(latest(ROUTING).getVersion()).isEqualTo(ownersVersion);
        assertThat(state(ROUTING).atStart()).isEqualTo(StartOutcome.CONFLICT);

        ResponseEntity<String> live = http.withBasicAuth("demo", "demo")
                .getForEntity("/api/admin/models/{key}/live", String.class, ROUTING);
        assertThat(live.getBody()).contains("Rotear ticket (dono)");
        assertThat(http.withBasicAuth("agente-suporte-protheus", "demo")
                .postForEntity("/api/admin/models/{key}/release", null, String.class, ROUTING).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> adopted = http.withBasicAuth("demo", "demo")
                .postForEntity("/api/admin/models/{key}/release", null, Map.class, ROUTING);
        assertThat(adopted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(adopted.getBody()).containsEntry("origin", "RELEASE").containsEntry("packagedIsLive", true);
        assertThat(latest(ROUTING).getVersion()).isEqualTo(ownersVersion + 1);
    }

    @Test
    @DisplayName("The admin API lists every model with its live version and origin; only process administrators")
    void theAdminApiShowsWhatIsLive() {
        deployFromModeler(ROUTING, "ticket-routing.dmn", "Rotear ticket", "Rotear ticket (dono)");

        ResponseEntity<List> list = http.withBasicAuth("demo", "demo").getForEntity("/api/admin/models", List.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) list.getBody()).anySatisfy(m -> assertThat(m)
                .containsEntry("key", ROUTING).containsEntry("origin", "OWNER").containsEntry("packagedIsLive", false)
                .containsEntry("deployedBy", "Camunda Modeler"));
        assertThat(http.withBasicAuth("agente-suporte-protheus", "demo").getForEntity("/api/admin/models", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("demo", "demo").getForEntity("/api/admin/models/nao-existe/live", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @DisplayName("/equipe/modelos shows the process administrator the owner's version as live and who deployed it; "
            + "agents are refused")
    void thePageShowsWhatIsLive() {
        int ownersVersion = deployFromModeler(ROUTING, "ticket-routing.dmn", "Rotear ticket", "Rotear ticket (dono)");

        HttpHeaders admin = WebappSession.signedInToTasklist(http, "demo");
        ResponseEntity<String> page = http.exchange("/equipe/modelos", HttpMethod.GET, new HttpEntity<>(admin),
                String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        org.jsoup.nodes.Element row = org.jsoup.Jsoup.parse(page.getBody()).getElementById("modelo-" + ROUTING);
        assertThat(row).isNotNull();
        assertThat(row.text()).contains("v" + ownersVersion, "Dono do processo", "Camunda Modeler", "não");

        HttpHeaders agent = WebappSession.signedInToTasklist(http, "agente-suporte-protheus");
        assertThat(http.exchange("/equipe/modelos", HttpMethod.GET, new HttpEntity<>(agent), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/equipe/modelos", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @DisplayName("The starter's former all-in-one deployment counts as a release's: a release updates it")
    void theStartersDeploymentIsTheRelease() {
        PackagedModel routing = packaged(ROUTING);
        engine.getRepositoryService().createDeployment().name(LiveModels.STARTER_DEPLOYMENT)
                .addString(routing.fileName(), new String(routing.content(), StandardCharsets.UTF_8)
                        .replace("Rotear ticket\"", "Rotear ticket (antiga)\"")).deploy();

        models.release(engine, models.packaged());

        assertThat(state(ROUTING).atStart()).isEqualTo(StartOutcome.UPDATED);
        assertThat(state(ROUTING).packagedIsLive()).isTrue();
    }

    /** Deploys as Camunda Modeler does: engine REST, deploy-changed-only, source "Camunda Modeler". */
    private int deployFromModeler(String key, String fileName, String from, String owners) {
        // each test's change is new: Modeler's deploy-changed-only skips a text deployed before under the same name
        String to = owners + " " + System.nanoTime();
        String changed = new String(packaged(key).content(), StandardCharsets.UTF_8).replace(from + "\"", to + "\"");
        assertThat(changed).contains(to);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("deployment-name", key);
        form.add("deployment-source", "Camunda Modeler");
        form.add("deploy-changed-only", "true");
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_XML);
        form.add(fileName, new HttpEntity<>(new ByteArrayResource(changed.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, part));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> answer = http.withBasicAuth("demo", "demo")
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return latest(key).getVersion();
    }

    private List<PackagedModel> releaseWith(String key, String from, String to) {
        List<PackagedModel> release = new ArrayList<>();
        for (PackagedModel model : models.packaged()) {
            if (model.key().equals(key)) {
                String changed = new String(model.content(), StandardCharsets.UTF_8).replace(from + "\"", to + "\"");
                assertThat(changed).contains(to);
                release.add(new PackagedModel(model.resource(), model.fileName(), model.kind(), model.key(),
                        changed.getBytes(StandardCharsets.UTF_8)));
            } else {
                release.add(model);
            }
        }
        return release;
    }

    private PackagedModel packaged(String key) {
        return models.packaged().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }

    private DecisionDefinition latest(String key) {
        return engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
    }

    private ModelState state(String key) {
        return models.states().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private Ticket open() {
        return desk.open(customers.byEmail(ANA).orElseThrow(), new TicketDraft(TicketType.SUPORTE, Channel.PORTAL,
                Product.PROTHEUS, "MATA410", "12.1.2410", Environment.PRODUCAO, "Roteamento do dono",
                "Nota fiscal rejeitada.", Impact.ALTO, Urgency.ALTA), null);
    }
}
