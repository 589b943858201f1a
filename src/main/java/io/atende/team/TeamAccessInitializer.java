package io.atende.team;

import java.time.Instant;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates, once the engine is up, whatever of the team setup is missing: groups, demo agents,
 * memberships, authorizations and Tasklist filters. Existing entries are never changed or removed.
 *
 * <p>Safe on every restart and on several nodes starting together: everything runs in one
 * transaction that first writes the engine property {@value #LOCK_PROPERTY}; the row lock on that
 * property makes a second node wait, and a node that loses an insert race (unique keys of
 * groups, users and authorizations) rolls back and retries, then finds everything in place.
 */
@Component
class TeamAccessInitializer {

    static final String LOCK_PROPERTY = "atende.team.setup-at";
    private static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(TeamAccessInitializer.class);

    private final ManagementService managementService;
    private final TeamDirectory directory;
    private final TeamAuthorizations authorizations;
    private final TasklistFilters filters;
    private final TeamSettings settings;
    private final TransactionTemplate transaction;
    private final String adminUserId;
    private final boolean demoData;

    TeamAccessInitializer(ManagementService managementService, TeamDirectory directory,
            TeamAuthorizations authorizations, TasklistFilters filters, TeamSettings settings,
            PlatformTransactionManager transactionManager, CamundaBpmProperties camunda,
            @Value("${atende.demo-data.enabled:true}") boolean demoData) {
        this.managementService = managementService;
        this.directory = directory;
        this.authorizations = authorizations;
        this.filters = filters;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactionManager);
        this.adminUserId = camunda.getAdminUser() == null ? null : camunda.getAdminUser().getId();
        this.demoData = demoData;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady() {
        initialize();
    }

    /** Creates what is missing; retries when another node created the same entries concurrently. */
    void initialize() {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> createMissing());
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.warn("Team setup attempt {} failed (another node may be running it), retrying: {}",
                        attempt, e.getMessage());
            }
        }
    }

    private void createMissing() {
        managementService.setProperty(LOCK_PROPERTY, Instant.now().toString());
        directory.ensureGroups();
        if (demoData && settings.demoAgents()) {
            directory.ensureDemoAgents(settings.demoPassword());
            directory.ensureMemberOfAllTeams(adminUserId);
        }
        authorizations.ensureTeamGrants();
        filters.ensureFilters();
    }
}
