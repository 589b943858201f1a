package io.atende.team;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The team catalogue: Camunda group ids and their Portuguese names. */
@Component
public class Teams {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("cst", "CST — Central de Serviços ao Cliente");
        NAMES.put("suporte-protheus", "Suporte Protheus");
        NAMES.put("suporte-rm", "Suporte RM");
        NAMES.put("suporte-datasul", "Suporte Datasul");
        NAMES.put("suporte-logix", "Suporte Logix");
        NAMES.put("suporte-serie1", "Suporte Série 1");
        NAMES.put("suporte-rms", "Suporte RMS");
        NAMES.put("suporte-fluig", "Suporte fluig");
        NAMES.put("manutencao", "Manutenção");
        NAMES.put("customizacao", "Customização");
        NAMES.put("ouvidoria", "Ouvidoria");
        NAMES.put("sac-fly01", "SAC Fly01");
        NAMES.put("cloud", "Cloud Computing & Outsourcing");
        NAMES.put("prime", "Prime");
    }

    public Set<String> ids() {
        return NAMES.keySet();
    }

    public boolean exists(String id) {
        return NAMES.containsKey(id);
    }

    public String name(String id) {
        return NAMES.getOrDefault(id, id);
    }
}
