package io.atende.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: reporting reads other modules' data through their read APIs ({@code TicketStatistics},
 * {@code SurveyStatistics}, {@code OuvidoriaStatistics}), never with SQL on their tables. Its SQL (the string literals
 * of its sources) may name only its own tables; every other table the migrations create belongs to another module.
 */
class ReportingTablesTests {

    /** The tables reporting owns (V15, V18): its rollups. */
    static final Set<String> OWN = Set.of("ticket_opened_day", "ticket_queue_day", "ticket_queue_rollup");

    private static final Pattern CREATE_TABLE = Pattern.compile("create table (?:if not exists )?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    /** Text blocks first, then one-line string literals. */
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE_USE = Pattern.compile("\\b(?:from|join|update|into|table)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void reportingsSqlNamesOnlyItsOwnTables() throws IOException {
        Set<String> tables = tables();
        assertThat(tables).as("tables of the migrations").contains("ticket", "ticket_queue_change", "ticket_sla_breach",
                "satisfaction_survey", "ouvidoria_case").containsAll(OWN);
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/io/atende/reporting"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String sql : strings(Files.readString(source))) {
                    Matcher use = TABLE_USE.matcher(sql);
                    while (use.find()) {
                        String table = use.group(1).toLowerCase(Locale.ROOT);
                        if (tables.contains(table) && !OWN.contains(table)) {
                            foreign.add(source.getFileName() + ": " + table);
                        }
                    }
                }
            }
        }
        assertThat(foreign).as("other modules' tables in reporting's SQL").isEmpty();
    }

    /** The guard sees a text block's table and a concatenated literal's. */
    @Test
    void findsTablesInTextBlocksAndLiterals() {
        String source = "q(\"\"\"\n  select 1 from ticket t\n  where x\"\"\"); u(\"update ticket_queue_day set \" + \"x\");";
        assertThat(strings(source)).hasSize(3);
        assertThat(TABLE_USE.matcher(strings(source).get(0)).results().map(r -> r.group(1))).containsExactly("ticket");
    }

    private static List<String> strings(String source) {
        List<String> strings = new ArrayList<>();
        Matcher m = STRING.matcher(source);
        while (m.find()) {
            strings.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return strings;
    }

    private static Set<String> tables() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(migration));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }
}
