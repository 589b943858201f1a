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
