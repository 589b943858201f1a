package io.atende.platform;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.integration.jdbc.lock.LockRepository;

/**
 * Locks shared by every node on the same database: Spring Integration's {@link JdbcLockRegistry}
 * over the {@code INT_LOCK} table (migration V6). Work that must run on one node at a time (reading
 * the support mailbox) takes a lock from the registry with {@code tryLock()} and skips its round
 * when another node holds it.
 *
 * <p>A held lock expires after {@code atende.cluster.lock-time-to-live} (default 60 s) unless its
 * holder renews it ({@code renewLock}); a node that dies holding a lock therefore blocks the others
 * for at most that long. Each node has its own random client id; the application logs it at start.
 */
@Configuration(proxyBeanMethods = false)
class ClusterLocks {

    /** The {@code REGION} of Atende's rows in {@code INT_LOCK}. */
    static final String REGION = "atende";

    @Bean
    DefaultLockRepository clusterLockRepository(DataSource dataSource,
            @Value("${atende.cluster.lock-time-to-live:60s}") Duration timeToLive) {
        DefaultLockRepository repository = new DefaultLockRepository(dataSource);
        repository.setRegion(REGION);
        repository.setTimeToLive((int) timeToLive.toMillis());
        return repository;
    }

    @Bean
    JdbcLockRegistry clusterLockRegistry(LockRepository clusterLockRepository) {
        return new JdbcLockRegistry(clusterLockRepository);
    }
}
