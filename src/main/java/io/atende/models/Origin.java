package io.atende.models;

/** Who deployed a model version: an Atende release, or a process owner (Camunda Modeler, Cockpit, the REST API). */
public enum Origin {
    RELEASE, OWNER
}
