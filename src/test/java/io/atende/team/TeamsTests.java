package io.atende.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class TeamsTests {

    private final Teams teams = new Teams();

    @Test
    void listsTheFourteenTeamsStartingWithCst() {
        assertThat(teams.ids()).hasSize(14).first().isEqualTo("cst");
        assertThat(teams.ids()).contains("suporte-protheus", "suporte-fluig", "manutencao", "sac-fly01", "prime");
    }

    @Test
    void namesTeamsInPortuguese() {
        assertThat(teams.name("cst")).isEqualTo("CST — Central de Serviços ao Cliente");
        assertThat(teams.name("suporte-protheus")).isEqualTo("Suporte Protheus");
        assertThat(teams.name("manutencao")).isEqualTo("Manutenção");
        assertThat(teams.name("cloud")).isEqualTo("Cloud Computing & Outsourcing");
    }

    @Test
    void knowsOnlyCatalogueTeams() {
        assertThat(teams.exists("suporte-rm")).isTrue();
        assertThat(teams.exists("camunda-admin")).isFalse();
        assertThat(teams.exists(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> teams.name("vendas"));
    }

    @Test
    void givesEveryTeamANamedDemoAgent() {
        assertThat(DemoAgents.of("suporte-protheus").firstName()).isEqualTo("Carla");
        assertThat(DemoAgents.of("suporte-protheus").userId()).isEqualTo("agente-suporte-protheus");
        assertThat(teams.ids()).allSatisfy(team -> assertThat(DemoAgents.of(team).firstName()).isNotEqualTo("Agente"));
    }
}
