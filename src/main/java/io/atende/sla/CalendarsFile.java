package io.atende.sla;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the calendars file ({@code atende.sla.calendars-file}, by default {@code classpath:calendars.yml})
 * with SnakeYAML's node API, which keeps each value's line, so that a bad entry stops the start with
 * a message naming the file, the line and the calendar or team: Spring's property binding would
 * lose the line.
 */
final class CalendarsFile {

    static final String DEFAULT_CALENDAR = "suporte";

    private static final Set<String> TOP_KEYS = Set.of("default-calendar", "calendars", "team-calendars");
    private static final Set<String> CALENDAR_KEYS = Set.of("hours", "on-call", "twenty-four-seven", "holidays");

    private final String file;

    private CalendarsFile(String file) {
        this.file = file;
    }

    /**
     * Loads and checks the calendars file at {@code location} (a Spring resource location).
     *
     * @throws InvalidCalendarsFileException naming the file, line and calendar or team at fault
     */
    static CalendarCatalogue load(ResourceLoader resources, String location) {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new InvalidCalendarsFileException("%s: calendars file not found; set atende.sla.calendars-file to"
                    .formatted(location) + " a file such as file:/etc/atende/calendars.yml", null);
        }
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return read(location, reader);
        } catch (IOException e) {
            throw new InvalidCalendarsFileException(location + ": cannot read the calendars file: " + e.getMessage(), e);
        }
    }

    /** Reads calendars YAML; {@code file} names it in messages. */
    static CalendarCatalogue read(String file, Reader yaml) {
        return new CalendarsFile(file).parse(yaml);
    }

    private CalendarCatalogue parse(Reader yaml) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(yaml);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new InvalidCalendarsFileException(file, line, "not valid YAML: " + e.getProblem());
        }
        if (root == null) {
            throw new InvalidCalendarsFileException(file, 1, "the file is empty; it needs calendars and team-calendars");
        }
        Map<String, NodeTuple> top = entries(mapping(root, "the file"), TOP_KEYS, "the top level");
        if (!top.containsKey("calendars")) {
            throw new InvalidCalendarsFileException(file, line(root), "no calendars: section");
        }
        Map<String, BusinessCalendar> calendars = calendars(top.get("calendars"));
        Set<String> known = new TreeSet<>(calendars.keySet());

        String defaultCalendar = DEFAULT_CALENDAR;
        int defaultLine = line(top.get("calendars").getKeyNode());
        if (top.containsKey("default-calendar")) {
            Node node = top.get("default-calendar").getValueNode();
            defaultCalendar = scalar(node, "default-calendar");
            defaultLine = line(node);
        }
        if (!known.contains(defaultCalendar)) {
            throw new InvalidCalendarsFileException(file, defaultLine, "default-calendar: unknown calendar \"%s\"; known: %s"
                    .formatted(defaultCalendar, known));
        }

        Map<String, String> teamCalendars = new LinkedHashMap<>();
        if (top.containsKey("team-calendars")) {
            for (NodeTuple team : mapping(top.get("team-calendars").getValueNode(), "team-calendars").getValue()) {
                String teamId = scalar(team.getKeyNode(), "a team id");
                String calendarId = scalar(team.getValueNode(), "the calendar of team " + teamId);
                if (teamCalendars.containsKey(teamId)) {
                    throw new InvalidCalendarsFileException(file, line(team.getKeyNode()),
                            "team \"%s\" is listed twice".formatted(teamId));
                }
                if (!known.contains(calendarId)) {
                    throw new InvalidCalendarsFileException(file, line(team.getValueNode()),
                            "team \"%s\": unknown calendar \"%s\"; known: %s".formatted(teamId, calendarId, known));
                }
                teamCalendars.put(teamId, calendarId);
            }
        }
        return new CalendarCatalogue(file, calendars, teamCalendars, defaultCalendar);
    }

    private Map<String, BusinessCalendar> calendars(NodeTuple section) {
        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping(section.getValueNode(), "calendars").getValue()) {
            String id = scalar(tuple.getKeyNode(), "a calendar id");
            if (calendars.containsKey(id)) {
                throw new InvalidCalendarsFileException(file, line(tuple.getKeyNode()),
                        "calendar \"%s\" is defined twice".formatted(id));
            }
            Map<String, NodeTuple> fields = entries(mapping(tuple.getValueNode(), "calendar " + id), CALENDAR_KEYS,
                    "calendar \"" + id + "\"");
            List<ScalarNode> hours = strings(fields.get("hours"), id);
            List<ScalarNode> onCall = strings(fields.get("on-call"), id);
            CalendarSettings settings = new CalendarSettings(values(hours), values(onCall),
                    bool(fields.get("twenty-four-seven"), id, false), fields.containsKey("holidays")
                            ? bool(fields.get("holidays"), id, true) : null);
            List<ScalarNode> entryNodes = new ArrayList<>(hours);
            entryNodes.addAll(onCall);
            try {
                calendars.put(id, BusinessCalendar.from(id, settings));
            } catch (InvalidCalendarException e) {
                int line = e.entryIndex() >= 0 ? line(entryNodes.get(e.entryIndex())) : line(tuple.getKeyNode());
                throw new InvalidCalendarsFileException(file, line, e.getMessage());
            }
        }
        return calendars;
    }

    private Map<String, NodeTuple> entries(MappingNode mapping, Set<String> allowed, String where) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key of " + where);
            if (!allowed.contains(key)) {
                throw new InvalidCalendarsFileException(file, line(tuple.getKeyNode()), "%s: unknown key \"%s\"; use %s"
                        .formatted(where, key, new TreeSet<>(allowed)));
            }
            entries.put(key, tuple);
        }
        return entries;
    }

    private MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw new InvalidCalendarsFileException(file, line(node), what + " must be a map of keys and values");
    }

    private List<ScalarNode> strings(NodeTuple tuple, String calendarId) {
        if (tuple == null) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            throw new InvalidCalendarsFileException(file, line(tuple.getValueNode()), "calendar \"%s\": %s must be a list"
                    .formatted(calendarId, scalar(tuple.getKeyNode(), "key")) + " such as [\"MON-FRI 08:00-12:00\"]");
        }
        List<ScalarNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw new InvalidCalendarsFileException(file, line(item), "calendar \"%s\": each entry is text such as"
                        .formatted(calendarId) + " \"MON-FRI 08:00-12:00\"");
            }
            items.add(scalar);
        }
        return items;
    }

    private boolean bool(NodeTuple tuple, String calendarId, boolean ifAbsent) {
        if (tuple == null) {
            return ifAbsent;
        }
        String value = scalar(tuple.getValueNode(), "a true/false value").toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidCalendarsFileException(file, line(tuple.getValueNode()), "calendar \"%s\": %s must be true"
                    .formatted(calendarId, scalar(tuple.getKeyNode(), "key")) + " or false, not \"" + value + "\"");
        }
        return Boolean.parseBoolean(value);
    }

    private String scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().trim();
        }
        throw new InvalidCalendarsFileException(file, line(node), what + " must be a plain value");
    }

    private static List<String> values(List<ScalarNode> nodes) {
        return nodes.stream().map(ScalarNode::getValue).toList();
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }
}
