package io.atende.knowledge.selfservice;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The self-service pages of the Central de Ajuda (R23): where update packages are stored and what is accepted
 * ({@code packageExtensions} checked case-insensitively against the last part of the file name), the configured
 * communities and life-cycle calendar (Spring resource locations, e.g. {@code classpath:knowledge/comunidades.yml}),
 * and how many days before the end of support a version is flagged.
 */
@ConfigurationProperties("atende.knowledge.self-service")
public record SelfServiceSettings(
        @DefaultValue("./data/downloads") Path packagesDirectory,
        @DefaultValue("100MB") DataSize maxPackageSize,
        @DefaultValue({"zip", "ptm", "rpo", "7z", "gz", "tgz", "tar", "exe", "msi", "jar", "war", "pdf", "txt"})
        Set<String> packageExtensions,
        @DefaultValue("classpath:knowledge/comunidades.yml") String communitiesFile,
        @DefaultValue("classpath:knowledge/ciclo-de-vida.yml") String lifeCycleFile,
        @DefaultValue("180") int endOfSupportWarningDays) {

    /** The accepted extensions as a readable list for messages. */
    public String extensionList() {
        return String.join(", ", List.copyOf(new TreeSet<>(packageExtensions)));
    }
}
