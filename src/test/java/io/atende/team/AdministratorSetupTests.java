package io.atende.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Issue 12: demo/demo only on the demo start; a production start has no known password. */
class AdministratorSetupTests {

    @Test
    @DisplayName("The demo start (the default) gets demo/demo")
    void demoStartHasTheDemoAdministrator() {
        StandardEnvironment environment = environment(Map.of());
        assertThat(environment.getProperty("camunda.bpm.admin-user.id")).isEqualTo("demo");
        assertThat(environment.getProperty("camunda.bpm.admin-user.password")).isEqualTo("demo");
    }

    @Test
    @DisplayName("Without demo data and without ATENDE_ADMIN_USER there is no administrator at all (no known password)")
    void productionStartWithoutConfigurationHasNone() {
        StandardEnvironment environment = environment(Map.of("atende.demo-data.enabled", "false"));
        assertThat(environment.getProperty("camunda.bpm.admin-user.id")).isNull();
        assertThat(environment.getProperty("camunda.bpm.admin-user.password")).isNull();
    }

    @Test
    @DisplayName("The first administrator comes from ATENDE_ADMIN_USER / ATENDE_ADMIN_PASSWORD")
    void productionAdministratorFromEnvironment() {
        StandardEnvironment environment = environment(Map.of("atende.demo-data.enabled", "false",
                "ATENDE_ADMIN_USER", "marina", "ATENDE_ADMIN_PASSWORD", "k3v!n-Quatro-Ventos"));
        assertThat(environment.getProperty("camunda.bpm.admin-user.id")).isEqualTo("marina");
        assertThat(environment.getProperty("camunda.bpm.admin-user.password")).isEqualTo("k3v!n-Quatro-Ventos");
    }

    @Test
    @DisplayName("Outside the demo start a demo, default or short administrator password stops the start")
    void productionRefusesKnownPasswords() {
        for (String password : new String[] {"demo", "Admin", "camunda", "curta", ""}) {
            assertThatThrownBy(() -> environment(Map.of("atende.demo-data.enabled", "false", "ATENDE_ADMIN_USER", "marina",
                    "ATENDE_ADMIN_PASSWORD", password))).as(password)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("ATENDE_ADMIN_PASSWORD");
        }
        assertThatThrownBy(() -> environment(Map.of("atende.demo-data.enabled", "false",
                "camunda.bpm.admin-user.id", "demo", "camunda.bpm.admin-user.password", "demo")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("camunda.bpm.admin-user.password");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new AdministratorSetup().postProcessEnvironment(environment, null);
        return environment;
    }
}
