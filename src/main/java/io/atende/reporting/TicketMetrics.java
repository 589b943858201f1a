package io.atende.reporting;

import io.atende.team.Teams;
import io.atende.ticket.TicketEvents.SlaBreached;
import io.atende.ticket.TicketEvents.TicketClassified;
import io.atende.ticket.TicketStatistics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Prometheus metrics of the support centre: tickets opened and SLA breaches (counted after their
 * transaction commits), open tickets per team and the job executor's backlog (refreshed every 30 s,
 * so a scrape never runs a query).
 */
@Component
class TicketMetrics {

    private final MeterRegistry registry;
    private final TicketStatistics statistics;
    private final ManagementService managementService;
    private final Map<String, AtomicLong> openPerTeam = new ConcurrentHashMap<>();
    private final AtomicLong executableJobs = new AtomicLong();

    TicketMetrics(MeterRegistry registry, TicketStatistics statistics, ManagementService managementService, Teams teams) {
        this.registry = registry;
        this.statistics = statistics;
        this.managementService = managementService;
        teams.ids().forEach(this::openGauge);
        Gauge.builder("atende.jobs.executable", executableJobs, AtomicLong::get)
                .description("Jobs due and waiting for the job executor (timers, async steps)").register(registry);
    }

    @TransactionalEventListener
    void opened(TicketClassified event) {
        Counter.builder("atende.tickets.opened").description("Tickets opened")
                .tag("team", event.team()).tag("priority", event.priority().name()).register(registry).increment();
    }

    @TransactionalEventListener
    void breached(SlaBreached event) {
        Counter.builder("atende.sla.breaches").description("SLA targets missed")
                .tag("team", event.team()).tag("target", event.target().name()).register(registry).increment();
    }

    @Scheduled(fixedDelayString = "${atende.metrics.refresh:30s}", initialDelayString = "${atende.metrics.initial-delay:5s}")
    void refresh() {
        Map<String, Long> counts = statistics.openTicketsPerTeam();
        openPerTeam.forEach((team, value) -> value.set(counts.getOrDefault(team, 0L)));
        counts.keySet().forEach(team -> openGauge(team).set(counts.get(team)));
        executableJobs.set(managementService.createJobQuery().executable().count());
    }

    private AtomicLong openGauge(String team) {
        return openPerTeam.computeIfAbsent(team, t -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("atende.tickets.open", value, AtomicLong::get).description("Open tickets per team")
                    .tag("team", t).register(registry);
            return value;
        });
    }
}
