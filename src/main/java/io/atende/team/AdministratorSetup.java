package io.atende.team;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides who the first Camunda administrator is, before the starter creates it ({@code camunda.bpm.admin-user.*}
 * is only ever set here or by the operator). The demo start ({@code atende.demo-data.enabled=true}) gets
 * {@code demo}/{@code demo}; any other start gets the one of {@code ATENDE_ADMIN_USER} / {@code ATENDE_ADMIN_PASSWORD}
 * ({@code atende.admin.user-id} / {@code atende.admin.password}), or none: then nobody can sign in to the webapps
 * until an operator sets them (or uses Camunda Admin's one-time setup page on a closed network). A known password
 * outside the demo start stops the start; {@link KnownPasswordGuard} checks the users already stored.
 */
public class AdministratorSetup implements EnvironmentPostProcessor {

    static final String DEMO_USER = "demo";
    static final String DEMO_PASSWORD = "demo";
    /** Passwords anyone would try first; refused for an administrator outside the demo start. */
    static final Set<String> KNOWN_PASSWORDS = Set.of("demo", "admin", "camunda", "password", "senha", "123456",
            "12345678", "changeme");
    static final int MIN_PASSWORD_LENGTH = 12;
    static final String SOURCE = "atendeAdministrator";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean demo = environment.getProperty("atende.demo-data.enabled", Boolean.class, true);
        String explicitId = environment.getProperty("camunda.bpm.admin-user.id");
        if (explicitId != null && !explicitId.isBlank()) {
            if (!demo) {
                requireStrong(environment.getProperty("camunda.bpm.admin-user.password"), "camunda.bpm.admin-user.password");
            }
            return;
        }
        String id = environment.getProperty("atende.admin.user-id", environment.getProperty("ATENDE_ADMIN_USER", ""));
        String password = environment.getProperty("atende.admin.password", environment.getProperty("ATENDE_ADMIN_PASSWORD", ""));
        Map<String, Object> admin = new HashMap<>();
        if (!id.isBlank()) {
            if (!demo) {
                requireStrong(password, "ATENDE_ADMIN_PASSWORD");
            }
            admin.put("camunda.bpm.admin-user.id", id.strip());
            admin.put("camunda.bpm.admin-user.password", password);
            admin.put("camunda.bpm.admin-user.first-name", environment.getProperty("atende.admin.first-name", "Administrador"));
            admin.put("camunda.bpm.admin-user.last-name", environment.getProperty("atende.admin.last-name", "Atende"));
        } else if (demo) {
            admin.put("camunda.bpm.admin-user.id", DEMO_USER);
            admin.put("camunda.bpm.admin-user.password", DEMO_PASSWORD);
            admin.put("camunda.bpm.admin-user.first-name", "Demo");
            admin.put("camunda.bpm.admin-user.last-name", "Administrador");
        }
        if (!admin.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, admin));
        }
    }

    static void requireStrong(String password, String setting) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH
                || KNOWN_PASSWORDS.contains(password.strip().toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalStateException(setting + " must be set to a password of at least " + MIN_PASSWORD_LENGTH
                    + " characters that is not a demo or default one (demo users and passwords exist only on the demo "
                    + "start, atende.demo-data.enabled=true)");
        }
    }
}
