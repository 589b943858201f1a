package io.atende.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: the JVM options Atende ships are written twice, in ops/jvm.options (the jar: ops/run, the probe's and the
 * cluster test's nodes) and in pom.xml (mvn spring-boot:run). They must say the same, and bound the memory.
 */
class JvmOptionsTests {

    @Test
    void theJarAndSpringBootRunStartWithTheSameBoundedOptions() throws Exception {
        List<String> shipped = Files.readAllLines(Path.of("ops/jvm.options")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Matcher m = Pattern.compile("<jvmArguments>([^<]*)</jvmArguments>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("pom.xml's spring-boot-maven-plugin <jvmArguments>").isTrue();

        assertThat(Arrays.asList(m.group(1).strip().split("\\s+"))).isEqualTo(shipped);
        assertThat(shipped).anyMatch(o -> o.startsWith("-Xmx")).anyMatch(o -> o.startsWith("-XX:MaxMetaspaceSize="))
                .noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel")); // C1 only: slower under load
    }
}
