package io.atende.models;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atende.models.*}: which files are the release's models, and what a start does when a release changes a
 * model whose live version a process owner deployed.
 *
 * @param resources  the release's model files
 * @param onConflict {@code keep-live} (default: the owner's stays, a warning) or {@code release}
 * @param version    the release's name in deployments (default: the jar's version)
 */
@ConfigurationProperties("atende.models")
public record ModelSettings(
        @DefaultValue({"classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form", "classpath*:processes/**/*.bpmn"})
        List<String> resources,
        @DefaultValue("keep-live") OnConflict onConflict,
        @DefaultValue("") String version) {

    public enum OnConflict {
        KEEP_LIVE, RELEASE
    }

    public ModelSettings {
        if (version == null || version.isBlank()) {
            String jar = ModelSettings.class.getPackage().getImplementationVersion();
            version = jar == null ? "dev" : jar;
        }
    }
}
