package io.atende.team;

import jakarta.annotation.PostConstruct;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Outside the demo start, no Camunda user may have a password anyone would try (the demo users' {@code demo},
 * {@code admin}, …): a database that was once a demo start, or an administrator set up carelessly, would
 * otherwise be open to the first visitor. The start stops naming the users, unless
 * {@code atende.admin.remove-known-password-users=true}, which deletes them. The check compares the stored
 * hashes itself, so it never counts as a failed login (Camunda delays and locks users after those).
 */
@Component
class KnownPasswordGuard {

    private static final Logger log = LoggerFactory.getLogger(KnownPasswordGuard.class);

    private final IdentityService identityService;
    private final PasswordManager passwords;
    private final boolean demoData;
    private final boolean removeThem;

    KnownPasswordGuard(ProcessEngine engine, @Value("${atende.demo-data.enabled:true}") boolean demoData,
            @Value("${atende.admin.remove-known-password-users:false}") boolean removeThem) {
        this.identityService = engine.getIdentityService();
        this.passwords = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getPasswordManager();
        this.demoData = demoData;
        this.removeThem = removeThem;
    }

    @PostConstruct
    void check() {
        if (demoData) {
            return;
        }
        List<String> exposed = usersWithKnownPasswords();
        if (exposed.isEmpty()) {
            return;
        }
        if (removeThem) {
            exposed.forEach(identityService::deleteUser);
            log.warn("Deleted Camunda users with a demo or default password: {}", exposed);
            return;
        }
        throw new IllegalStateException("Camunda users with a demo or default password exist outside the demo start: "
                + exposed + ". Change their passwords in Camunda Admin (on a closed network), or start once with "
                + "atende.admin.remove-known-password-users=true (env ATENDE_ADMIN_REMOVE_KNOWN_PASSWORD_USERS) to delete "
                + "them. See docs/operations.md#first-administrator.");
    }

    List<String> usersWithKnownPasswords() {
        return identityService.createUserQuery().list().stream().filter(this::hasKnownPassword).map(User::getId).toList();
    }

    private boolean hasKnownPassword(User user) {
        if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
            return false;
        }
        return AdministratorSetup.KNOWN_PASSWORDS.stream()
                .anyMatch(known -> passwords.check(EncryptionUtil.saltPassword(known, entity.getSalt()), entity.getPassword()));
    }
}
