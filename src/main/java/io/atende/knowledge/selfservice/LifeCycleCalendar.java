package io.atende.knowledge.selfservice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The software life-cycle calendar (R23): each product line's versions with release and end-of-support dates,
 * read once at start from {@link SelfServiceSettings#lifeCycleFile()}; the status is computed for today in
 * Brasília.
 */
@Component
public class LifeCycleCalendar {

    static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");

    private final List<SoftwareVersion> versions;
    private final int warningDays;
    private final Clock clock;

    LifeCycleCalendar(SelfServiceSettings settings, ResourceLoader loader, Clock clock) {
        this.versions = read(new ConfiguredFile(settings.lifeCycleFile()), loader);
        this.warningDays = settings.endOfSupportWarningDays();
        this.clock = clock;
    }

    /** A version with its status today. */
    public record Row(SoftwareVersion version, SoftwareVersion.Status status) {
    }

    /** Each product line that has versions, in product-line order, its versions newest first, with today's status. */
    public Map<ProductLine, List<Row>> today() {
        LocalDate today = LocalDate.now(clock.withZone(BRASILIA));
        Map<ProductLine, List<Row>> rows = new LinkedHashMap<>();
        for (SoftwareVersion v : versions) {
            rows.computeIfAbsent(v.product(), p -> new ArrayList<>()).add(new Row(v, v.statusOn(today, warningDays)));
        }
        return rows;
    }

    /** The versions of {@code product} in the calendar, newest first. */
    public List<String> versionsOf(ProductLine product) {
        return versions.stream().filter(v -> v.product() == product).map(SoftwareVersion::version).toList();
    }

    static List<SoftwareVersion> read(ConfiguredFile file, ResourceLoader loader) {
        List<SoftwareVersion> versions = new ArrayList<>();
        List<Map<String, Object>> entries = file.entries(loader, "versions");
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> entry = entries.get(i);
            String where = "versions[" + i + "]";
            SoftwareVersion version = new SoftwareVersion(file.product(entry, where), file.text(entry, "version", where),
                    file.date(entry, "released", where), file.date(entry, "end-of-support", where));
            if (!version.endOfSupport().isAfter(version.released())) {
                throw file.invalid(where + ": 'end-of-support' must come after 'released'");
            }
            if (versions.stream().anyMatch(v -> v.product() == version.product()
                    && v.version().equals(version.version()))) {
                throw file.invalid(where + ": " + version.product() + " " + version.version() + " is listed twice");
            }
            versions.add(version);
        }
        versions.sort(Comparator.comparing(SoftwareVersion::product)
                .thenComparing(SoftwareVersion::version, VersionOrder.NEWEST_FIRST));
        return List.copyOf(versions);
    }
}
