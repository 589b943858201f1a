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
    static final String FRESH_DOCS = "target/modules-docs";

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

    /**
     * docs/modules/ holds what Spring Modulith's {@link Documenter} writes: the component diagram of all modules, one
     * per module and each module's canvas. This test writes them afresh into {@value #FRESH_DOCS} and fails when the
     * committed ones differ (a diagram's and a canvas's lines are compared in any order: the Documenter's order
     * of relations and list items changes from run to run); after a change of the modules, copy them over: {@code cp target/modules-docs/* docs/modules/}.
     */
    @Test
    void committedModuleDocsAreCurrent() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(FRESH_DOCS)).writeDocumentation();
        Map<String, String> fresh = files(Path.of(FRESH_DOCS));
        assertThat(fresh).as("written by the Documenter").containsKeys("components.puml", "module-ticket.puml",
                "module-ticket.adoc");
        Map<String, String> committed = files(Path.of("docs/modules"));
        assertThat(committed.keySet()).as("docs/modules/ against " + FRESH_DOCS + " (cp " + FRESH_DOCS
                + "/* docs/modules/)").isEqualTo(fresh.keySet());
        fresh.forEach((name, text) -> assertThat(committed.get(name)).as("docs/modules/" + name + " differs from "
                + FRESH_DOCS + "/" + name + " (cp " + FRESH_DOCS + "/* docs/modules/)").isEqualTo(text));
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (var list = Files.list(folder)) {
                for (Path file : list.toList()) {
                    // the Documenter writes a diagram's relations and a canvas's lists in no fixed order: compared
                    // as sorted lines, a list's first item without the table cell's "|" before it
                    files.put(file.getFileName().toString(), Files.readString(file).replace("\r\n", "\n").lines()
                            .map(line -> line.replaceFirst("^\\|\\* ", "* ")).sorted()
                            .collect(Collectors.joining("\n")));
                }
            }
        }
        return files;
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
