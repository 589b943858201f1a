package io.atende.mail.internal;

import static io.atende.mail.MailFixtures.*;
import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.StoredMessage;
import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.mail.MailSettings;
import io.atende.ticket.HistoryKind;
import io.atende.ticket.Impact;
import io.atende.ticket.Ticket;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;
import jakarta.mail.Flags;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.integration.support.locks.RenewableLockRegistry;

/** atende.mail.inbound.archive-folder: its default, and blank keeping processed mail in INBOX as before. */
@AtendeIntegrationTest
class MailboxArchiveSettingIntegrationTests {

    @Autowired MailboxConnection connection;
    @Autowired InboundProcessor processor;
    @Autowired RenewableLockRegistry clusterLockRegistry;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired MailSettings settings;

    @Test
    @DisplayName("The archive folder defaults to 'Processadas'; set blank it stays blank")
    void archiveFolderSetting() {
        assertThat(settings.inbound().archiveFolder()).isEqualTo("Processadas");
        assertThat(bind(Map.of()).inbound().archiveFolder()).isEqualTo("Processadas");
        assertThat(bind(Map.of("atende.mail.inbound.archive-folder", "")).inbound().archiveFolder()).isNullOrEmpty();
    }

    @Test
    @DisplayName("A blank archive folder keeps the old behaviour: processed mail stays in INBOX, flagged \\Seen")
    void blankArchiveFolderLeavesMessagesInInbox() throws Exception {
        MailboxReader reader = new MailboxReader(connection, processor,
                bind(Map.of("atende.mail.inbound.archive-folder", "")), clusterLockRegistry);
        Customer ana = customers.byEmail(ANA).orElseThrow();
        Ticket ticket = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        String id = send(customerMessage(mailServer, ANA, "Re: [Ticket #" + ticket.getId() + "]", "Fica na caixa."));

        assertThat(reader.poll()).isGreaterThanOrEqualTo(1);

        assertThat(desk.history(ana, ticket.getId().toString())).filteredOn(h -> h.kind() == HistoryKind.CUSTOMER_REPLY)
                .hasSize(1);
        assertThat(messages("INBOX", id)).singleElement().satisfies(m -> assertThat(m.isSet(Flags.Flag.SEEN)).isTrue());
        assertThat(messages("Processadas", id)).isEmpty();
        assertThat(reader.poll()).isZero(); // flagged: not read again
    }

    private static MailSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("atende.mail", Bindable.of(MailSettings.class));
    }

    private List<StoredMessage> messages(String folder, String messageId) {
        return supportMessages(mailServer, folder, messageId);
    }
}
