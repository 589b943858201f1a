package io.atende.ticket;

import static io.atende.ticket.TicketFixtures.ANA;
import static io.atende.ticket.TicketFixtures.supportDraft;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opening a ticket holds one database connection, however many open at once: with more concurrent openings than
 * the pool has connections, every one is answered (before, the classification check took a second connection in a
 * transaction of its own, and openings waited on each other until the pool's timeout).
 */
@AtendeIntegrationTest
class ConcurrentOpeningIntegrationTests {

    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired DataSource dataSource;
    @Autowired Tickets tickets;

    @Test
    @DisplayName("R16: three times as many simultaneous openings as pooled connections all open their tickets")
    void moreOpeningsThanConnectionsAllSucceed() throws Exception {
        Customer ana = customers.byEmail(ANA).orElseThrow();
        int pool = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        int openings = pool * 3;
        ExecutorService threads = Executors.newFixedThreadPool(openings);
        try {
            List<Callable<Ticket>> calls = new ArrayList<>();
            for (int i = 0; i < openings; i++) {
                calls.add(() -> desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null));
            }
            List<Future<Ticket>> results = threads.invokeAll(calls, 120, TimeUnit.SECONDS);
            List<String> failures = new ArrayList<>();
            for (Future<Ticket> result : results) {
                try {
                    Ticket ticket = tickets.findById(result.get().getId()).orElseThrow();
                    if (ticket.getPriority() == null || ticket.getTeam() == null) {
                        failures.add("ticket " + ticket.number() + " kept without classification");
                    }
                } catch (Exception e) {
                    failures.add(String.valueOf(e.getCause() == null ? e : e.getCause()));
                }
            }
            assertThat(failures).as("openings that failed").isEmpty();
        } finally {
            threads.shutdownNow();
        }
    }
}
