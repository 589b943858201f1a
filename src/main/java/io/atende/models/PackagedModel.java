package io.atende.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

/** A model file this release carries, with the key new instances look it up by. */
record PackagedModel(String resource, String fileName, ModelKind kind, String key, byte[] content) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static PackagedModel of(String resource, byte[] content) {
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        ModelKind kind = ModelKind.of(fileName);
        return new PackagedModel(resource, fileName, kind, keyOf(kind, content, resource), content);
    }

    /** The process id (the first executable process), the decision id (the first decision) or the form id. */
    static String keyOf(ModelKind kind, byte[] content, String resource) {
        try {
            return switch (kind) {
                case BPMN -> Bpmn.readModelFromStream(new ByteArrayInputStream(content))
                        .getModelElementsByType(Process.class).stream().filter(Process::isExecutable)
                        .map(Process::getId).findFirst().orElseThrow();
                case DMN -> Dmn.readModelFromStream(new ByteArrayInputStream(content))
                        .getModelElementsByType(Decision.class).iterator().next().getId();
                case FORM -> JSON.readTree(content).path("id").asText();
            };
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the key of " + resource, e);
        }
    }

    /** Same text, whatever line endings or trailing blanks an editor left. */
    static boolean sameText(byte[] a, byte[] b) {
        return normalized(a).equals(normalized(b));
    }

    private static String normalized(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString().strip();
    }
}
