package io.atende.reporting;

import io.atende.reporting.internal.QueueHistory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, rolls the finished days' queue moves up ({@link QueueHistory#rollUp()}) and counts the closed tickets
 * per opening day ({@link OpenedCounts#rollUp()}); off in the tests, which call both themselves.
 */
@Component
@ConditionalOnProperty(name = "atende.reporting.queue-rollup.scheduled", havingValue = "true", matchIfMissing = true)
class QueueRollupSchedule {

    private final QueueHistory history;
    private final OpenedCounts openedCounts;

    QueueRollupSchedule(QueueHistory history, OpenedCounts openedCounts) {
        this.history = history;
        this.openedCounts = openedCounts;
    }

    @Scheduled(fixedDelayString = "${atende.reporting.queue-rollup.interval:1h}",
            initialDelayString = "${atende.reporting.queue-rollup.initial-delay:2m}")
    void rollUp() {
        while (history.rollUp() == QueueHistory.DAYS_PER_RUN) {
            // a long backlog of days (the first run after the migration): one transaction per 400 days
        }
        openedCounts.rollUp();
    }
}
