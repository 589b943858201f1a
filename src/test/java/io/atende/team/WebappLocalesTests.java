package io.atende.team;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pt-BR locale of each Camunda webapp has every key of the English one shipped in the webjar. */
class WebappLocalesTests {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void portugueseLocaleHasEveryKeyOfTheEnglishOne(String app) throws IOException {
        Set<String> english = keys(read(APP + app + "/locales/en.json"));
        Set<String> portuguese = keys(read(APP + app + "/locales/pt-BR.json"));

        assertThat(portuguese).as(app).containsAll(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void hidesTheMigrationBannerAndOffersPortugueseFirst(String app) throws IOException {
        assertThat(read(APP + app + "/locales/pt-BR.json").at("/labels/BANNER_CE_EOL_TEXT").asText()).isEmpty();
        assertThat(text(APP + app + "/styles/user-styles.css")).contains(".ce-eol-banner", "display: none");
        assertThat(text(APP + app + "/scripts/config.js"))
                .contains("availableLocales: [\"pt-BR\", \"en\"]", "fallbackLocale: \"pt-BR\"");
    }

    /** Labels that read the same in Portuguese: product names, formats, words Portuguese shares. */
    private static final Set<String> SAME_IN_PORTUGUESE = Set.of("labels.APP_VENDOR", "labels.ADMIN_APP",
            "labels.COCKPIT_APP", "labels.TASKLIST_APP", "labels.ADMIN", "labels.COCKPIT", "labels.TASKLIST",
            "labels.LINKS", "labels.AUTHORIZATION_GLOBAL", "labels.PLGN_REP_CSV", "labels.PLGN_REP_JSON",
            "labels.PLGN_SKE_CAMUNDA_COCKPIT", "labels.PLUGIN_TASK_TOTAL",
            // the name of the JSON field the dialog shows, not a sentence
            "labels.PLGN_MOD_DIALOG_PAYLOAD", "labels.PLGN_MOD_REQUEST_PAYLOAD");

    /** Issue 16: every label with words is in Portuguese; an upgrade's new English label fails here until translated. */
    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void translatesEveryLabelThatHasWords(String app) throws IOException {
        JsonNode english = read(APP + app + "/locales/en.json");
        JsonNode portuguese = read(APP + app + "/locales/pt-BR.json");
        Set<String> untranslated = new TreeSet<>();
        for (String key : keys(english)) {
            JsonNode en = english.at("/" + key.replace(".", "/"));
            JsonNode pt = portuguese.at("/" + key.replace(".", "/"));
            if (!key.startsWith("labels.") || !en.isTextual() || SAME_IN_PORTUGUESE.contains(key)) {
                continue;
            }
            String words = en.asText().replaceAll("\\{\\{[^}]*}}", "").replaceAll("<[^>]+>", "");
            if (words.matches("(?s).*[A-Za-z]{3,}.*") && en.asText().equals(pt.asText())) {
                untranslated.add(key + " = " + en.asText());
            }
        }
        assertThat(untranslated).as(app + ": labels still in English").isEmpty();
    }

    /** No mis-encoded characters ("Â", "Ã©") nor invisible zero-width spaces in what agents read. */
    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void labelsHaveNoBrokenCharacters(String app) throws IOException {
        String portuguese = text(APP + app + "/locales/pt-BR.json");
        assertThat(portuguese).doesNotContain("\u200b", "Â", "Ã©", "Ã£", "Ã§");
    }

    private JsonNode read(String resource) throws IOException {
        String content = text(resource);
        return json.readTree(content.startsWith("\uFEFF") ? content.substring(1) : content);
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = WebappLocalesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static Set<String> keys(JsonNode root) {
        Set<String> keys = new TreeSet<>();
        collect("", root, keys);
        return keys;
    }

    private static void collect(String prefix, JsonNode node, Set<String> keys) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            keys.add(key);
            if (field.getValue().isObject()) {
                collect(key + ".", field.getValue(), keys);
            }
        }
    }
}
