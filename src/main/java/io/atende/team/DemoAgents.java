package io.atende.team;

import java.util.Map;

/** The demo agent of each team: user id {@code agente-<team>}, a plausible Brazilian name. */
final class DemoAgents {

    record Agent(String team, String firstName, String lastName) {

        String userId() {
            return userIdFor(team);
        }

        String email() {
            return userId() + "@atende.example";
        }
    }

    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("cst", new String[] {"Juliana", "Rocha"}),
            Map.entry("suporte-protheus", new String[] {"Carla", "Mendes"}),
            Map.entry("suporte-rm", new String[] {"Rafael", "Almeida"}),
            Map.entry("suporte-datasul", new String[] {"Fernanda", "Lima"}),
            Map.entry("suporte-logix", new String[] {"Bruno", "Carvalho"}),
            Map.entry("suporte-serie1", new String[] {"Patrícia", "Souza"}),
            Map.entry("suporte-rms", new String[] {"Diego", "Ferreira"}),
            Map.entry("suporte-fluig", new String[] {"Camila", "Ribeiro"}),
            Map.entry("manutencao", new String[] {"Marcos", "Oliveira"}),
            Map.entry("customizacao", new String[] {"Larissa", "Costa"}),
            Map.entry("ouvidoria", new String[] {"Helena", "Martins"}),
            Map.entry("sac-fly01", new String[] {"Thiago", "Barbosa"}),
            Map.entry("cloud", new String[] {"Gustavo", "Pereira"}),
            Map.entry("prime", new String[] {"Renata", "Azevedo"}));

    private DemoAgents() {
    }

    static String userIdFor(String team) {
        return "agente-" + team;
    }

    /** The demo lead of {@code team}, member of its lead group. */
    static String leadUserIdFor(String team) {
        return "lider-" + team;
    }

    /** The demo agent of {@code team}; teams without a listed name get a generic one. */
    static Agent of(String team) {
        String[] name = NAMES.getOrDefault(team, new String[] {"Agente", team});
        return new Agent(team, name[0], name[1]);
    }
}
