package io.atende;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module; modules use each other's root-package API only, without cycles, and only the
 * modules their {@code package-info.java} allows — which are the "talks to" column of docs/architecture.md.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(AtendeApplication.class);

    /** A row of the module table: {@code | `name` | what it owns | talks to |}. */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(\\w+)` \\|.*\\| ([^|]*) \\|$", Pattern.MULTILINE);
    private static final Pattern CODE = Pattern.compile("`(\\w+)`");

    @Test
    void modulesUseOnlyEachOthersApiWithoutCyclesAndOnlyTheirAllowedDependencies() {
        MODULES.verify();
    }

    /** Without the annotation a module may use any other: a new module must say what it talks to. */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        assertThat(declared()).as("modules with @ApplicationModule(allowedDependencies = …) in package-info.java")
                .containsOnlyKeys(MODULES.stream().map(m -> m.getIdentifier().toString()).toList());
    }

    /** The table of docs/architecture.md says what each module talks to: the same modules package-info.java allows. */
    @Test
    void architectureTableListsTheAllowedDependencies() throws IOException {
        Set<String> modules = declared().keySet();
        Map<String, Set<String>> documented = new TreeMap<>();
        Matcher row = TABLE_ROW.matcher(Files.readString(Path.of("docs/architecture.md")));
        while (row.find()) {
            if (modules.contains(row.group(1))) {
                Set<String> talksTo = new TreeSet<>();
                Matcher code = CODE.matcher(row.group(2));
                while (code.find()) {
                    if (modules.contains(code.group(1))) {
                        talksTo.add(code.group(1));
                    }
                }
                documented.put(row.group(1), talksTo);
            }
        }
        assertThat(documented).isEqualTo(declared());
    }

    @Test
    void writesModuleDiagram() {
        new Documenter(MODULES).writeModulesAsPlantUml();
    }

    private static Map<String, Set<String>> declared() {
        Map<String, Set<String>> declared = new TreeMap<>();
        MODULES.forEach(module -> {
            String name = module.getIdentifier().toString();
            ApplicationModule annotation = packageInfo(module.getBasePackage().getName());
            if (annotation != null) {
                declared.put(name, Arrays.stream(annotation.allowedDependencies())
                        .map(d -> d.replaceAll("\\s*::.*", "")).collect(Collectors.toCollection(TreeSet::new)));
            }
        });
        return declared;
    }

    private static ApplicationModule packageInfo(String basePackage) {
        try {
            return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
