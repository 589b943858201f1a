package io.atende.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 12: a database with demo passwords does not start outside the demo start. */
@TeamIntegrationTest
class KnownPasswordGuardIntegrationTests {

    @Autowired ProcessEngine engine;

    @Test
    @DisplayName("Outside the demo start, the demo users' passwords stop the start, naming the users; no failed login is counted")
    void demoPasswordsStopAProductionStart() {
        KnownPasswordGuard production = new KnownPasswordGuard(engine, false, false);

        assertThatThrownBy(production::check).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo").hasMessageContaining("agente-suporte-protheus")
                .hasMessageContaining("atende.admin.remove-known-password-users");
        assertThat(production.usersWithKnownPasswords()).contains("demo", "agente-cst");
        // the check compares hashes: the demo users can still sign in at once (Camunda delays after a failure)
        assertThat(engine.getIdentityService().checkPassword("agente-cst", "demo")).isTrue();
        assertThatNoException().isThrownBy(new KnownPasswordGuard(engine, true, false)::check);
    }

    @Test
    @DisplayName("A user with a strong password is not named; one with 'admin' is")
    void onlyKnownPasswordsCount() {
        IdentityService identity = engine.getIdentityService();
        User strong = identity.newUser("guard-strong");
        strong.setPassword("Uma-senha-longa-e-rara-42");
        identity.saveUser(strong);
        User weak = identity.newUser("guard-weak");
        weak.setPassword("admin");
        identity.saveUser(weak);
        try {
            assertThat(new KnownPasswordGuard(engine, false, false).usersWithKnownPasswords())
                    .contains("guard-weak").doesNotContain("guard-strong");
        } finally {
            identity.deleteUser("guard-strong");
            identity.deleteUser("guard-weak");
        }
    }
}
