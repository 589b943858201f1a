package io.atende.knowledge.selfservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.team.Teams;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** R23: the life-cycle statuses, version order, the configured files and who publishes each product's packages. */
class SelfServiceCatalogueTests {

    private static final ResourceLoader CLASSPATH = new DefaultResourceLoader();

    @Test
    @DisplayName("Supported through the end-of-support day; fewer than 180 days left: ending, with the days; after: none")
    void statusFollowsTheEndOfSupport() {
        SoftwareVersion v = new SoftwareVersion(ProductLine.PROTHEUS, "12.1.2410", LocalDate.of(2024, 10, 14),
                LocalDate.of(2027, 6, 30));

        assertThat(v.statusOn(LocalDate.of(2027, 1, 1), 180).label()).isEqualTo("suportada"); // 180 days left
        assertThat(v.statusOn(LocalDate.of(2027, 1, 2), 180).label()).isEqualTo("fim do suporte em 179 dias");
        assertThat(v.statusOn(LocalDate.of(2027, 6, 29), 180).label()).isEqualTo("fim do suporte em 1 dia");
        assertThat(v.statusOn(LocalDate.of(2027, 6, 30), 180).label()).isEqualTo("fim do suporte hoje");
        assertThat(v.statusOn(LocalDate.of(2027, 7, 1), 180).label()).isEqualTo("sem suporte");
        assertThat(v.statusOn(LocalDate.of(2027, 7, 1), 180).standing()).isEqualTo(SoftwareVersion.Standing.UNSUPPORTED);
    }

    @Test
    @DisplayName("Versions compare part by part as numbers: 12.1.2410 is newer than 12.1.33 and 12.1.2310")
    void versionsCompareAsNumbers() {
        List<String> sorted = Stream.of("12.1.33", "12.1.2410", "12.1.2310", "11.80", "12.1.2410a", "2.0", "12.1.beta")
                .sorted(VersionOrder.NEWEST_FIRST).toList();
        assertThat(sorted).containsExactly("12.1.2410a", "12.1.2410", "12.1.2310", "12.1.33", "12.1.beta", "11.80",
                "2.0");
    }

    @Test
    @DisplayName("The shipped calendar and communities cover the seven product lines; each line's team exists")
    void shippedFilesCoverEveryProductLine() {
        List<SoftwareVersion> versions = LifeCycleCalendar.read(new ConfiguredFile("classpath:knowledge/ciclo-de-vida.yml"),
                CLASSPATH);
        List<Community> communities = Communities.read(new ConfiguredFile("classpath:knowledge/comunidades.yml"),
                CLASSPATH);

        assertThat(versions).extracting(SoftwareVersion::product).containsOnly(ProductLine.values());
        assertThat(communities).extracting(Community::product).containsOnly(ProductLine.values());
        assertThat(communities).allSatisfy(c -> assertThat(c.url()).startsWith("https://"));
        assertThat(versions.stream().filter(v -> v.product() == ProductLine.PROTHEUS).map(SoftwareVersion::version))
                .containsExactly("12.1.2510", "12.1.2410", "12.1.2310", "12.1.2210");
        Teams teams = new Teams();
        assertThat(ProductLine.values()).allSatisfy(p -> assertThat(teams.exists(p.teamId())).isTrue());
    }

    @Test
    @DisplayName("A wrong entry stops the start with the file, the entry and the field")
    void wrongEntriesAreNamed() {
        assertThatThrownBy(() -> LifeCycleCalendar.read(MEMORY, yaml("versions:\n  - { product: PROTHEUS, version: '1', "
                + "released: 2025-01-01, end-of-support: 2024-01-01 }\n")))
                .hasMessageContaining("versions[0]").hasMessageContaining("end-of-support");
        assertThatThrownBy(() -> LifeCycleCalendar.read(MEMORY, yaml("versions:\n  - { product: SAP, version: '1', "
                + "released: 2025-01-01, end-of-support: 2026-01-01 }\n")))
                .hasMessageContaining("unknown product 'SAP'");
        assertThatThrownBy(() -> Communities.read(MEMORY, yaml("communities:\n  - { name: X, product: RM, "
                + "url: 'http://inseguro.example.com', description: d }\n")))
                .hasMessageContaining("communities[0]").hasMessageContaining("https");
        assertThatThrownBy(() -> Communities.read(MEMORY, yaml("communities:\n  - { product: RM, url: 'https://a.example', "
                + "description: d }\n")))
                .hasMessageContaining("'name' is missing");
    }

    private static final ConfiguredFile MEMORY = new ConfiguredFile("memory:test.yml");

    /** A loader that answers {@code text} for any location. */
    private static ResourceLoader yaml(String text) {
        return new DefaultResourceLoader() {
            @Override
            public Resource getResource(String location) {
                return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
