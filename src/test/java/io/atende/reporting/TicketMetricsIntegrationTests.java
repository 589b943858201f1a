package io.atende.reporting;

import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import io.atende.ticket.Impact;
import io.atende.ticket.TicketDesk;
import io.atende.ticket.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Operations see the support centre in Prometheus; only process administrators may scrape. */
@AtendeIntegrationTest
class TicketMetricsIntegrationTests {

    @Autowired TestRestTemplate http;
    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired TicketMetrics metrics;
    @Autowired io.atende.mail.internal.MailMetrics mailMetrics;
    @Autowired io.atende.mail.internal.MailboxReader reader;

    @Test
    void exposesOpenedAndOpenTicketsPerTeamAndJobBacklog() {
        desk.open(customers.byEmail(ANA).orElseThrow(), supportDraft(Impact.ALTO, Urgency.ALTA), null);
        metrics.refresh();

        String scrape = http.withBasicAuth("demo", "demo").getForObject("/actuator/prometheus", String.class);

        assertThat(scrape).contains("atende_tickets_opened_total{priority=\"URGENTE\",team=\"suporte-protheus\"}")
                .containsPattern("atende_tickets_open\\{team=\"suporte-protheus\"} [1-9]")
                .contains("atende_tickets_open{team=\"cst\"}")
                .contains("atende_jobs_executable");
    }

    @Test
    void exposesMailOutboxAndQuarantine() {
        desk.open(customers.byEmail(ANA).orElseThrow(), supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        mailMetrics.refresh();

        String scrape = http.withBasicAuth("demo", "demo").getForObject("/actuator/prometheus", String.class);

        assertThat(scrape).containsPattern("atende_mail_outbox\\{status=\"PENDING\"} [1-9]")
                .contains("atende_mail_outbox{status=\"FAILED\"}").contains("atende_mail_quarantined");
    }

    @Test
    void exposesTheSupportMailboxDepthAfterARound() {
        reader.poll();

        String scrape = http.withBasicAuth("demo", "demo").getForObject("/actuator/prometheus", String.class);

        assertThat(scrape).containsPattern("(?m)^atende_mail_inbox_waiting [0-9]+\\.0$")
                .containsPattern("(?m)^atende_mail_inbox_last_round_seconds [0-9.E]+$");
        assertThat(reader.waitingAfterLastRound()).isNotNegative();
    }

    @Test
    void onlyProcessAdministratorsScrape() {
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("agente-cst", "demo").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
