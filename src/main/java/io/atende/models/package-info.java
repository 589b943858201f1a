/**
 * The models the engine runs (BPMN, DMN, Camunda Forms) and who owns them: a release deploys only the models it
 * changes, each on its own, and never replaces a version a process owner deployed from Camunda Modeler
 * (issue 13). API: {@link io.atende.models.LiveModels}.
 */
@ApplicationModule(
        displayName = "Process models",
        allowedDependencies = {"account", "sla", "team", "ticket"})
package io.atende.models;

import org.springframework.modulith.ApplicationModule;
