package io.atende.mail.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The e-mail channel in Prometheus: outbox rows per status (PENDING is the depth, FAILED the
 * failures), inbox messages per outcome, quarantined messages, and the support mailbox's depth as
 * the reader last saw it. Counted every 30 s
 * ({@code atende.metrics.refresh}), so a scrape never queries the database.
 */
@Component
public class MailMetrics {

    private final JdbcClient jdbc;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> outbox = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> inbox = new ConcurrentHashMap<>();
    private final AtomicLong quarantined = new AtomicLong();

    MailMetrics(DataSource dataSource, MeterRegistry registry, MailboxReader reader) {
        this.jdbc = JdbcClient.create(dataSource);
        this.registry = registry;
        Gauge.builder("atende.mail.inbox.waiting", reader,
                        r -> r.lastRoundAtMillis() < 0 ? Double.NaN : r.waitingAfterLastRound())
                .description("Unread messages left in the support mailbox after this node's last round (the depth)")
                .register(registry);
        Gauge.builder("atende.mail.inbox.last.round", reader,
                        r -> r.lastRoundAtMillis() < 0 ? Double.NaN : r.lastRoundAtMillis() / 1000.0)
                .description("When this node last read the support mailbox (epoch seconds); in a cluster the freshest"
                        + " node's depth is the mailbox's").baseUnit("seconds").register(registry);
        List.of(Outbox.PENDING, Outbox.SENDING, Outbox.SENT, Outbox.FAILED).forEach(this::outboxGauge);
        Gauge.builder("atende.mail.quarantined", quarantined, AtomicLong::get)
                .description("Inbound messages that could not be read, kept for review").register(registry);
    }

    @Scheduled(fixedDelayString = "${atende.metrics.refresh:30s}", initialDelayString = "${atende.metrics.initial-delay:5s}")
    public void refresh() {
        Map<String, Long> byStatus = counts("select status, count(*) from mail_outbox group by status");
        outbox.forEach((status, value) -> value.set(byStatus.getOrDefault(status, 0L)));
        byStatus.forEach((status, count) -> outboxGauge(status).set(count));
        Map<String, Long> byOutcome = counts("select outcome, count(*) from mail_inbox group by outcome");
        inbox.forEach((outcome, value) -> value.set(byOutcome.getOrDefault(outcome, 0L)));
        byOutcome.forEach((outcome, count) -> gauge(inbox, "atende.mail.inbox", "outcome", outcome).set(count));
        quarantined.set(jdbc.sql("select count(*) from mail_quarantine").query(Long.class).single());
    }

    private Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql(sql).query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private AtomicLong outboxGauge(String status) {
        return gauge(outbox, "atende.mail.outbox", "status", status);
    }

    private AtomicLong gauge(Map<String, AtomicLong> gauges, String name, String tag, String value) {
        return gauges.computeIfAbsent(value, v -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder(name, holder, AtomicLong::get).tag(tag, v).register(registry);
            return holder;
        });
    }
}
