package io.atende.ouvidoria;

import io.atende.ouvidoria.process.OuvidoriaProcess;
import static io.atende.mail.MailFixtures.*;
import static io.atende.ouvidoria.OuvidoriaFixtures.*;
import static io.atende.ouvidoria.process.OuvidoriaProcess.*;
import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.mail.internal.EmbeddedMailServer;
import io.atende.mail.internal.OutboxDispatcher;
import io.atende.ticket.TicketDesk;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** R13 by e-mail: the customer is told the case was received (with its deadline) and then the response. */
@AtendeIntegrationTest
class OuvidoriaMailIntegrationTests {

    @Autowired ProcessEngine engine;
    @Autowired OuvidoriaDesk ouvidoria;
    @Autowired TicketDesk tickets;
    @Autowired CustomerDirectory customers;
    @Autowired OutboxDispatcher dispatcher;
    @Autowired EmbeddedMailServer mailServer;

    Customer ana;

    @BeforeEach
    void setUp() {
        init(engine);
        ana = customer(customers, ANA);
    }

    @Test
    @DisplayName("R13: acknowledgement with tickets and Brasília deadline, then the response text, escaped")
    void acknowledgesAndSendsTheResponse() throws Exception {
        String earlier = earlierTicket(tickets, ana).number().toString();
        OuvidoriaCase c = ouvidoria.open(ana, List.of(earlier), DESCRIPTION);
        dispatcher.dispatchDue();

        MimeMessage ack = only("manifestação " + c.number() + " recebida");
        assertThat(parts(ack).get(0)).contains(earlier, "horário de Brasília", "4003-0015, opção 8");

        var instance = processInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(c.number().toString())
                .singleResult();
        complete(task(instance), withVariables(VAR_RESPONSE.name(), "Revisamos o caso <script>x</script> e corrigimos."));
        dispatcher.dispatchDue();

        List<String> response = parts(only("resposta à manifestação " + c.number()));
        assertThat(response.get(0)).contains("Revisamos o caso <script>x</script> e corrigimos.");
        assertThat(response.get(1)).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    private MimeMessage only(String subject) {
        List<MimeMessage> found = deliveredWithSubject(mailServer.greenMail(), ANA, subject);
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
