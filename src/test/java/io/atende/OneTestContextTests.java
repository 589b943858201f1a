package io.atende;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every Spring test shares the one context of {@link AtendeIntegrationTest}. A test with a context of its own starts
 * a second engine named "default" in the same JVM, and the engine REST API then answers other tests from the wrong
 * engine (a CI run failed that way: tasks missing, claims answered 404).
 */
class OneTestContextTests {

    private static final List<String> OWN_CONTEXT = List.of("@SpringBootTest", "@TestPropertySource",
            "@DirtiesContext", "@MockitoBean", "@MockBean", "@ContextConfiguration");

    @Test
    @DisplayName("No test builds a Spring context of its own")
    void everySpringTestSharesTheOneContext() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
            List<String> offenders = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith("AtendeIntegrationTest.java") && !p.endsWith("OneTestContextTests.java"))
                    .filter(p -> OWN_CONTEXT.stream().anyMatch(read(p)::contains))
                    .map(Path::toString).toList();
            assertThat(offenders).as("tests with a context of their own: use @AtendeIntegrationTest").isEmpty();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
