package io.atende.team;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The support teams. Each team is a Camunda group (type {@code WORKFLOW}) whose id is used in
 * {@code camunda:candidateGroups}; the name is what agents read in Tasklist.
 */
@Component
public class Teams {

    private static final Map<String, String> NAMES = catalogue();
    private static final String LEAD_GROUP_PREFIX = "lideres-";

    /** Ids of all teams, in catalogue order; the ids are Camunda group ids. */
    public Set<String> ids() {
        return Collections.unmodifiableSet(NAMES.keySet());
    }

    /** Whether {@code id} is a team of the catalogue. */
    public boolean exists(String id) {
        return id != null && NAMES.containsKey(id);
    }

    /**
     * The Portuguese name of team {@code id}.
     *
     * @throws IllegalArgumentException when {@code id} is not a team of the catalogue
     */
    public String name(String id) {
        String name = id == null ? null : NAMES.get(id);
        if (name == null) {
            throw new IllegalArgumentException("Unknown team: " + id);
        }
        return name;
    }

    /**
     * The Camunda group of the leads of team {@code id}, {@code lideres-<team>}: they review the
     * customers' bad survey answers about their team's work (R21).
     */
    public String leadGroupOf(String id) {
        return LEAD_GROUP_PREFIX + id;
    }

    private static Map<String, String> catalogue() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("cst", "CST — Central de Serviços ao Cliente");
        names.put("suporte-protheus", "Suporte Protheus");
        names.put("suporte-rm", "Suporte RM");
        names.put("suporte-datasul", "Suporte Datasul");
        names.put("suporte-logix", "Suporte Logix");
        names.put("suporte-serie1", "Suporte Série 1");
        names.put("suporte-rms", "Suporte RMS");
        names.put("suporte-fluig", "Suporte fluig");
        names.put("manutencao", "Manutenção");
        names.put("customizacao", "Customização");
        names.put("ouvidoria", "Ouvidoria");
        names.put("sac-fly01", "SAC Fly01");
        names.put("cloud", "Cloud Computing & Outsourcing");
        names.put("prime", "Prime");
        return Collections.unmodifiableMap(names);
    }
}
