package io.atende.knowledge.selfservice;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** The communities per product line, read once at start from {@link SelfServiceSettings#communitiesFile()}. */
@Component
public class Communities {

    private final List<Community> all;

    Communities(SelfServiceSettings settings, ResourceLoader loader) {
        this.all = read(new ConfiguredFile(settings.communitiesFile()), loader);
    }

    /** Every community, in product-line order. */
    public List<Community> all() {
        return all;
    }

    static List<Community> read(ConfiguredFile file, ResourceLoader loader) {
        List<Community> communities = new ArrayList<>();
        List<Map<String, Object>> entries = file.entries(loader, "communities");
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> entry = entries.get(i);
            String where = "communities[" + i + "]";
            String url = file.text(entry, "url", where);
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw file.invalid(where + ": 'url' is not an address: " + url);
            }
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw file.invalid(where + ": 'url' must be an https address: " + url);
            }
            communities.add(new Community(file.text(entry, "name", where), file.product(entry, where), url,
                    file.text(entry, "description", where)));
        }
        communities.sort(Comparator.comparing(Community::product));
        return List.copyOf(communities);
    }
}
