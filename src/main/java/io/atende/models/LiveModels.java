package io.atende.models;

import io.atende.models.internal.ModelState;
import io.atende.models.internal.StartOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Which version of each model the engine runs, where it came from, and the release strategy (issue 13): at start
 * each packaged model is deployed on its own, and only when the engine does not have it or the live version came
 * from an earlier release and this release changes it. A version a process owner deployed (Camunda Modeler,
 * Cockpit, the REST API) is never replaced silently: when this release changes that model too, the owner's stays
 * live and a warning says how to adopt the release's ({@link #adoptRelease}) or bring the owner's into the
 * repository ({@link #liveText}). docs/decisions-and-forms.md, "How a release treats your change".
 */
@Service
public class LiveModels {

    /** The deployment source of a release's deployments. */
    public static final String RELEASE_SOURCE = "Atende release";
    /** The deployment name the Spring Boot starter's auto-deployment used before this strategy (one for all). */
    static final String STARTER_DEPLOYMENT = "SpringAutoDeployment";

    private static final Logger log = LoggerFactory.getLogger(LiveModels.class);

    private final ResourcePatternResolver resources;
    private final ModelSettings settings;
    private final ObjectProvider<ProcessEngine> engines;
    private final Map<String, StartOutcome> atStart = new ConcurrentHashMap<>();

    LiveModels(ResourcePatternResolver resources, ModelSettings settings, ObjectProvider<ProcessEngine> engines) {
        this.resources = resources;
        this.settings = settings;
        this.engines = engines;
    }

    /** The release's models, in a stable order (decisions and forms before the processes that use them). */
    List<PackagedModel> packaged() {
        List<PackagedModel> models = new ArrayList<>();
        for (String pattern : settings.resources()) {
            try {
                for (Resource resource : resources.getResources(pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        models.add(PackagedModel.of(pathOf(resource), in.readAllBytes()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the models of " + pattern, e);
            }
        }
        models.sort(Comparator.comparing((PackagedModel m) -> m.kind() == ModelKind.BPMN).thenComparing(PackagedModel::resource));
        return models;
    }

    /** Deploys what this release must deploy and logs, per model, what is live and why. */
    void release(ProcessEngine engine) {
        release(engine, packaged());
    }

    /** As {@link #release(ProcessEngine)}, for the given release's models. */
    void release(ProcessEngine engine, List<PackagedModel> release) {
        RepositoryService repository = engine.getRepositoryService();
        String name = RELEASE_SOURCE + " " + settings.version();
        for (PackagedModel model : release) {
            List<Version> versions = versions(engine, model);
            StartOutcome outcome;
            Version live = versions.isEmpty() ? null : versions.get(0);
            if (live == null) {
                outcome = StartOutcome.DEPLOYED;
            } else if (PackagedModel.sameText(text(repository, live), model.content())) {
                outcome = live.origin() == Origin.RELEASE ? StartOutcome.UNCHANGED : StartOutcome.OWNER_KEPT;
            } else if (live.origin() == Origin.RELEASE) {
                outcome = StartOutcome.UPDATED;
            } else {
                Optional<Version> lastRelease = versions.stream().filter(v -> v.origin() == Origin.RELEASE).findFirst();
                boolean releaseChangesIt = lastRelease.isEmpty()
                        || !PackagedModel.sameText(text(repository, lastRelease.get()), model.content());
                outcome = !releaseChangesIt ? StartOutcome.OWNER_KEPT
                        : settings.onConflict() == ModelSettings.OnConflict.RELEASE ? StartOutcome.REPLACED_OWNER
                        : StartOutcome.CONFLICT;
            }
            if (outcome == StartOutcome.DEPLOYED || outcome == StartOutcome.UPDATED
                    || outcome == StartOutcome.REPLACED_OWNER) {
                deploy(repository, model, name);
            }
            atStart.put(model.key(), outcome);
            report(model, live, outcome);
        }
    }

    /** Every packaged model as the engine runs it now. */
    public List<ModelState> states() {
        ProcessEngine engine = engines.getObject();
        List<ModelState> states = new ArrayList<>();
        for (PackagedModel model : packaged()) {
            states.add(state(engine, model));
        }
        return states;
    }

    /** The text of the live version of {@code key}, to bring a process owner's change into the repository. */
    public Optional<String> liveText(String key) {
        ProcessEngine engine = engines.getObject();
        return packaged().stream().filter(m -> m.key().equals(key)).findFirst()
                .flatMap(m -> versions(engine, m).stream().findFirst())
                .map(v -> new String(text(engine.getRepositoryService(), v), java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Deploys this release's version of {@code key} over whatever is live (a process owner's, after a conflict).
     * Running instances keep their version; new ones get this one. Nothing is deployed when it is live already.
     */
    public Optional<ModelState> adoptRelease(String key, String by) {
        ProcessEngine engine = engines.getObject();
        Optional<PackagedModel> model = packaged().stream().filter(m -> m.key().equals(key)).findFirst();
        model.filter(m -> !state(engine, m).packagedIsLive()).ifPresent(m -> {
            deploy(engine.getRepositoryService(), m, RELEASE_SOURCE + " " + settings.version());
            atStart.remove(key);
            log.warn("Model {} ({}): the release's version deployed over the live one by {}", key, m.resource(), by);
        });
        return model.map(m -> state(engine, m));
    }

    private ModelState state(ProcessEngine engine, PackagedModel model) {
        List<Version> versions = versions(engine, model);
        if (versions.isEmpty()) {
            return new ModelState(model.key(), model.kind(), model.resource(), 0, Origin.RELEASE, null, null, false,
                    atStart.get(model.key()));
        }
        Version live = versions.get(0);
        boolean same = PackagedModel.sameText(text(engine.getRepositoryService(), live), model.content());
        return new ModelState(model.key(), model.kind(), model.resource(), live.version(), live.origin(),
                live.deployedBy(), live.deployedAt(), same, atStart.get(model.key()));
    }

    private void deploy(RepositoryService repository, PackagedModel model, String release) {
        repository.createDeployment()
                .name(model.fileName() + " — " + release)
                .source(RELEASE_SOURCE)
                .addInputStream(model.fileName(), new java.io.ByteArrayInputStream(model.content()))
                .deploy();
    }

    private void report(PackagedModel model, Version live, StartOutcome outcome) {
        String was = live == null ? "none" : "v" + live.version() + " by " + live.deployedBy() + " at " + live.deployedAt();
        switch (outcome) {
            case CONFLICT -> log.warn("Model {} ({}): this release changes it, but the live {} is a process owner's: it "
                    + "stays live. Compare GET /api/admin/models/{}/live with the repository's file; adopt the "
                    + "release's with POST /api/admin/models/{}/release, or commit the owner's to the repository "
                    + "(docs/decisions-and-forms.md).", model.key(), model.resource(), was, model.key(), model.key());
            case REPLACED_OWNER -> log.warn("Model {} ({}): the release's version deployed over the process owner's {} "
                    + "(atende.models.on-conflict=release).", model.key(), model.resource(), was);
            case OWNER_KEPT -> log.info("Model {} ({}): the process owner's {} stays live; this release does not change "
                    + "it.", model.key(), model.resource(), was);
            case DEPLOYED, UPDATED -> log.info("Model {} ({}): the release's version deployed (live was {}).",
                    model.key(), model.resource(), was);
            case UNCHANGED -> log.info("Model {} ({}): the release's {} is live, unchanged.", model.key(),
                    model.resource(), was);
        }
    }

    /** The versions of the model's key, newest first, with who deployed each. */
    private List<Version> versions(ProcessEngine engine, PackagedModel model) {
        RepositoryService repository = engine.getRepositoryService();
        List<? extends ResourceDefinition> definitions = switch (model.kind()) {
            case BPMN -> repository.createProcessDefinitionQuery().processDefinitionKey(model.key()).withoutTenantId()
                    .orderByProcessDefinitionVersion().desc().list();
            case DMN -> repository.createDecisionDefinitionQuery().decisionDefinitionKey(model.key()).withoutTenantId()
                    .orderByDecisionDefinitionVersion().desc().list();
            case FORM -> forms(engine, model.key());
        };
        Map<String, Deployment> deployments = new java.util.HashMap<>();
        List<Version> versions = new ArrayList<>();
        for (ResourceDefinition definition : definitions) {
            Deployment deployment = deployments.computeIfAbsent(definition.getDeploymentId(),
                    id -> repository.createDeploymentQuery().deploymentId(id).singleResult());
            versions.add(new Version(versionOf(definition), definition.getDeploymentId(), definition.getResourceName(),
                    isRelease(deployment) ? Origin.RELEASE : Origin.OWNER, deployedBy(deployment),
                    deployment.getDeploymentTime() == null ? null : deployment.getDeploymentTime().toInstant()));
        }
        return versions;
    }

    /** Camunda Forms have no public query: the engine's own manager, inside a command. */
    private static List<CamundaFormDefinitionEntity> forms(ProcessEngine engine, String key) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            var manager = context.getCamundaFormDefinitionManager();
            CamundaFormDefinitionEntity latest = manager.findLatestDefinitionByKey(key);
            List<CamundaFormDefinitionEntity> all = new ArrayList<>();
            for (int v = latest == null ? 0 : latest.getVersion(); v >= 1; v--) {
                CamundaFormDefinitionEntity form = manager.findDefinitionByKeyVersionAndTenantId(key, v, null);
                if (form != null) {
                    all.add(form);
                }
            }
            return all;
        });
    }

    private static int versionOf(ResourceDefinition definition) {
        if (definition instanceof org.camunda.bpm.engine.repository.ProcessDefinition process) {
            return process.getVersion();
        }
        if (definition instanceof org.camunda.bpm.engine.repository.DecisionDefinition decision) {
            return decision.getVersion();
        }
        return ((CamundaFormDefinitionEntity) definition).getVersion();
    }

    static boolean isRelease(Deployment deployment) {
        return RELEASE_SOURCE.equals(deployment.getSource())
                || (STARTER_DEPLOYMENT.equals(deployment.getName()) && deployment.getSource() == null);
    }

    private static String deployedBy(Deployment deployment) {
        if (STARTER_DEPLOYMENT.equals(deployment.getName()) && deployment.getSource() == null) {
            return "Atende (implantação automática)";
        }
        if (RELEASE_SOURCE.equals(deployment.getSource())) {
            String name = deployment.getName();
            int at = name == null ? -1 : name.indexOf(RELEASE_SOURCE);
            return at < 0 ? RELEASE_SOURCE : name.substring(at);
        }
        return deployment.getSource() == null ? "(sem origem)" : deployment.getSource();
    }

    private static byte[] text(RepositoryService repository, Version version) {
        try (InputStream in = repository.getResourceAsStream(version.deploymentId(), version.resourceName())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pathOf(Resource resource) throws IOException {
        String url = resource.getURL().toString();
        for (String folder : new String[] {"processes/", "forms/"}) {
            int at = url.lastIndexOf("/" + folder);
            if (at >= 0) {
                return url.substring(at + 1);
            }
        }
        return resource.getFilename();
    }

    private record Version(int version, String deploymentId, String resourceName, Origin origin, String deployedBy,
            Instant deployedAt) {
    }
}
