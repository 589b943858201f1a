package io.atende.knowledge.selfservice;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a configured YAML list of entries (communities, versions) and its fields with messages that name the file,
 * the entry and the field, so a wrong edit stops the start with a clear reason.
 */
final class ConfiguredFile {

    private final String location;

    ConfiguredFile(String location) {
        this.location = location;
    }

    /** The entries of the list under {@code key}, each a map of its fields. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries(ResourceLoader loader, String key) {
        Resource resource = loader.getResource(location);
        Object root;
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            // dates stay text: parsed below as ISO dates with the entry named in errors
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get(key) instanceof List<?> list)) {
            throw invalid("a list under '" + key + "' is expected");
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?>)) {
                throw invalid(key + "[" + i + "] is not a map of fields");
            }
        }
        return (List<Map<String, Object>>) list;
    }

    String text(Map<String, Object> entry, String field, String where) {
        Object value = entry.get(field);
        if (value == null || value.toString().isBlank()) {
            throw invalid(where + ": '" + field + "' is missing");
        }
        return value.toString().strip();
    }

    ProductLine product(Map<String, Object> entry, String where) {
        String value = text(entry, "product", where);
        return ProductLine.parse(value).orElseThrow(() -> invalid(where + ": unknown product '" + value
                + "' (one of " + List.of(ProductLine.values()) + ")"));
    }

    LocalDate date(Map<String, Object> entry, String field, String where) {
        Object value = entry.get(field);
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        String text = text(entry, field, where);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(where + ": '" + field + "' is not a date like 2026-12-31: " + text);
        }
    }

    IllegalStateException invalid(String reason) {
        return new IllegalStateException("Invalid " + location + ": " + reason);
    }
}
