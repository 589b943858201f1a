package io.atende.mail;

import static io.atende.mail.MailFixtures.*;
import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.mail.internal.EmbeddedMailServer;
import io.atende.mail.internal.Inbox;
import io.atende.mail.internal.MailboxReader;
import io.atende.ticket.HistoryKind;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;
import java.util.concurrent.locks.Lock;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;

/** Several nodes: a round runs only on the node holding the cluster-wide lock; the others skip it. */
@AtendeIntegrationTest
class InboundClusterLockIntegrationTests {

    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired MailboxReader reader;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired Inbox inbox;
    @Autowired DataSource dataSource;
    @Autowired ApplicationContext context;

    @Test
    @DisplayName("While another node holds the mailbox lock this node skips its round; once released it reads the reply")
    void roundSkippedWhileAnotherNodeHoldsTheLock() throws Exception {
        Customer ana = customers.byEmail(ANA).orElseThrow();
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        String id = send(customerMessage(mailServer, ANA, "Re: [Ticket #" + ticket.getId() + "]", "Detalhe do outro nó."));

        Lock otherNode = otherNode().obtain(MailboxReader.LOCK);
        assertThat(otherNode.tryLock()).isTrue();
        try {
            assertThat(reader.poll()).isZero();
            assertThat(inbox.known(id)).isFalse();
        } finally {
            otherNode.unlock();
        }

        assertThat(reader.poll()).isGreaterThanOrEqualTo(1);
        assertThat(inbox.known(id)).isTrue();
        assertThat(desk.history(ana, ticket.getId().toString()))
                .filteredOn(i -> i.kind() == HistoryKind.CUSTOMER_REPLY).hasSize(1);
    }

    /** A second lock client on the same database, as another node's registry would be. */
    private JdbcLockRegistry otherNode() {
        DefaultLockRepository repository = new DefaultLockRepository(dataSource);
        repository.setRegion("atende");
        repository.setApplicationContext(context);
        repository.afterPropertiesSet();
        repository.afterSingletonsInstantiated();
        return new JdbcLockRegistry(repository);
    }
}
