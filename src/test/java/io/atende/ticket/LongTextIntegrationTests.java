package io.atende.ticket;

import static io.atende.ticket.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.CustomerDirectory;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A customer may paste a whole log into a ticket (R16 sets no length): the ticket keeps every character,
 * and the agent's form gets a view that fits the engine's string variables (4,000 characters), saying
 * what it left out and where the whole text is (the staff ticket page), instead of the ticket failing to open.
 */
@AtendeIntegrationTest
class LongTextIntegrationTests {

    @Autowired TicketDesk desk;
    @Autowired CustomerDirectory customers;
    @Autowired ProcessEngine engine;

    @Test
    void aDescriptionLongerThanAFormFieldOpensTheTicketAndTheFormSaysWhatItLeftOut() {
        String log = "linha do log com erro ORA-00001\n".repeat(400); // 12,800 characters
        TicketDraft draft = new TicketDraft(TicketType.SUPORTE, Channel.PORTAL, Product.PROTHEUS, "MATA410", "12.1.2410",
                Environment.PRODUCAO, "Erro ao faturar (log completo)", log, Impact.MEDIO, Urgency.MEDIA);

        Ticket ticket = desk.open(customers.byEmail(ANA).orElseThrow(), draft, null);

        assertThat(ticket.getDescription()).isEqualTo(log);
        var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ticket.number().toString())
                .singleResult();
        String description = (String) engine.getTaskService().getVariableLocal(task.getId(), "ticketDescription");
        String history = (String) engine.getTaskService().getVariableLocal(task.getId(), "ticketHistory");
        assertThat(description).hasSizeLessThanOrEqualTo(4000).startsWith("linha do log com erro ORA-00001")
                .contains("ORA-00001\n\n[… ").endsWith("caracteres omitidos: este campo mostra até 4.000; o texto completo"
                        + " está em http://localhost:8080/equipe/tickets/" + ticket.number() + "]");
        // The history keeps its latest part (up to the classification), whole lines from the first kept one.
        assertThat(history).hasSizeLessThanOrEqualTo(4000).contains("interações mais antigas omitidos")
                .contains("]\n\nlinha do log com erro ORA-00001\n").endsWith("Classificação NORMAL, equipe suporte-protheus.");
    }
}
