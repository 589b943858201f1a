package io.atende.ticket;

import static io.atende.ticket.TicketFixtures.*;
import static io.atende.ticket.TicketProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Companies;
import io.atende.account.Company;
import io.atende.account.Contact;
import io.atende.account.Contacts;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import io.atende.account.Offer;
import io.atende.account.PrimeContract;
import io.atende.account.PrimeContracts;
import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Prime contracts on the real process: their targets, the 24x7 calendar, customization routing (R14, R20, R22). */
@AtendeIntegrationTest
class PrimeContractProcessTests {

    /** Monday 2026-11-30 18:00 Brasília: one hour before the Prime team's day ends. */
    static final Instant MONDAY_18 = brasilia("2026-11-30T18:00");
    static final String PLAIN_PRIME_EMAIL = "gerente@primesemplantao.com.br";

    @Autowired ProcessEngine engine;
    @Autowired TicketDesk desk;
    @Autowired Tickets tickets;
    @Autowired CustomerDirectory customers;
    @Autowired Companies companies;
    @Autowired Contacts contacts;
    @Autowired PrimeContracts contracts;
    @Autowired TransactionTemplate tx;

    Customer joao;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY_18));
        joao = customers.byEmail(JOAO).orElseThrow();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R14: Aço Forte's contract sets URGENTE support to 4 h, counted round the clock (prime-24x7)")
    void nonStopContractOverridesUrgentTargetOn24x7Calendar() {
        Ticket ticket = desk.open(joao, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        ProcessInstance instance = instanceOf(ticket);

        assertThat(instance).isWaitingAt(TASK_ANALYZE).variables()
                .containsEntry(VAR_PRIORITY.name(), "URGENTE").containsEntry(VAR_TEAM.name(), "prime")
                .containsEntry(VAR_SUPPORT_HOURS.name(), 4).containsEntry(VAR_MAINTENANCE_DAYS.name(), 2)
                .containsEntry(VAR_SLA_TARGETS_SOURCE.name(), SlaTargets.FROM_CONTRACT)
                .containsEntry(VAR_SLA_CALENDAR.name(), "prime-24x7");
        // 24x7: Monday 18:00 + 4 h = 22:00 the same evening (the prime calendar would say Tuesday 10:00).
        Instant due = brasilia("2026-11-30T22:00");
        assertThat(task(instance)).hasCandidateGroup("prime").hasDueDate(Date.from(due));
        Assertions.assertThat(job(TIMER_SLA, instance).getDuedate()).isEqualTo(Date.from(due));
        tx.executeWithoutResult(s -> Assertions.assertThat(reload(ticket).getHistory())
                .extracting(HistoryEntry::getText)
                .contains("Metas do contrato Prime: atendimento em 4 horas úteis, manutenção em 2 dias úteis."));
    }

    @Test
    @DisplayName("R14, R20: a classification the contract does not override keeps the table's targets, still 24x7")
    void classificationWithoutOverrideKeepsTableTargets() {
        Ticket ticket = desk.open(joao, supportDraft(Impact.MEDIO, Urgency.MEDIA), null);
        ProcessInstance instance = instanceOf(ticket);

        assertThat(instance).variables().containsEntry(VAR_PRIORITY.name(), "NORMAL").containsEntry(VAR_SUPPORT_HOURS.name(), 30)
                .containsEntry(VAR_MAINTENANCE_DAYS.name(), 30).containsEntry(VAR_SLA_TARGETS_SOURCE.name(), SlaTargets.FROM_TABLE)
                .containsEntry(VAR_SLA_CALENDAR.name(), "prime-24x7");
        // Monday 18:00 + 30 h round the clock = Wednesday 00:00.
        assertThat(task(instance)).hasDueDate(Date.from(brasilia("2026-12-02T00:00")));
    }

    @Test
    @DisplayName("R14, R20, R22: the contract's maintenance target (2 business days) applies on the forward to Manutenção")
    void contractMaintenanceTargetAppliesOnForward() {
        Ticket ticket = desk.open(joao, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        ProcessInstance instance = instanceOf(ticket);

        complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.FORWARD_TO_MAINTENANCE.name(), VAR_NON_CONFORMITY.name(),
                "Reproduzido na 12.1.2410."));

        // Forwarded Monday 30/11: Tue 1 (1), Wed 2 (2) → Wednesday 23:59:59 Brasília.
        Instant due = brasilia("2026-12-02T23:59:59");
        assertThat(instance).isWaitingAt(TASK_FIX_NON_CONFORMITY);
        assertThat(task(instance)).hasCandidateGroup("manutencao").hasDueDate(Date.from(due));
    }

    @Test
    @DisplayName("R14: after a contest the contract's target starts again on the 24x7 calendar")
    void contestRestartsContractTargetRoundTheClock() {
        Ticket ticket = desk.open(joao, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        ProcessInstance instance = instanceOf(ticket);
        complete(task(instance), withVariables(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(), "Aplique o patch."));
        ClockUtil.setCurrentTime(Date.from(brasilia("2026-12-05T23:00")));

        desk.contest(joao, ticket.number().toString(), "Continua parando a linha.");

        // Saturday 23:00 + 4 h = Sunday 03:00: a non-stop contract has no weekend.
        assertThat(task(instance)).hasDueDate(Date.from(brasilia("2026-12-06T03:00")));
    }

    @Test
    @DisplayName("R14: a Prime contract that is not non-stop runs on the prime calendar (07–19, plantões included)")
    void primeWithoutNonStopRunsOnPrimeCalendar() {
        Customer plain = plainPrimeCustomer();

        Ticket ticket = desk.open(plain, supportDraft(Impact.ALTO, Urgency.ALTA), null);
        ProcessInstance instance = instanceOf(ticket);

        assertThat(instance).variables().containsEntry(VAR_TEAM.name(), "prime").containsEntry(VAR_SUPPORT_HOURS.name(), 10)
                .containsEntry(VAR_SLA_TARGETS_SOURCE.name(), SlaTargets.FROM_TABLE).containsEntry(VAR_SLA_CALENDAR.name(), "prime");
        // Monday 18–19 (on-call, 1 h), Tuesday 07:00 + 9 h = 16:00.
        assertThat(task(instance)).hasDueDate(Date.from(brasilia("2026-12-01T16:00")));
    }

    @Test
    @DisplayName("R22: a customization demand goes to the team the contract names")
    void routesCustomizationToContractTeam() {
        Customer plain = plainPrimeCustomer();

        ProcessInstance instance = instanceOf(desk.open(plain, customizationDraft(), null));

        assertThat(instance).variables().containsEntry(VAR_CONTRACT_TEAM.name(), "suporte-datasul")
                .containsEntry(VAR_TEAM.name(), "suporte-datasul");
        assertThat(task(instance)).hasCandidateGroup("suporte-datasul");
    }

    @Test
    @DisplayName("R22: Aço Forte's contract names customizacao; a company without a contract gets customizacao too")
    void routesCustomizationToDefaultTeam() {
        ProcessInstance acoForte = instanceOf(desk.open(joao, customizationDraft(), null));
        ProcessInstance padaria = instanceOf(desk.open(customers.byEmail(ANA).orElseThrow(), customizationDraft(), null));

        assertThat(task(acoForte)).hasCandidateGroup("customizacao");
        assertThat(padaria).variables().containsEntry(VAR_TEAM.name(), "customizacao");
        Assertions.assertThat(runtimeService().getVariable(padaria.getId(), VAR_CONTRACT_TEAM.name())).isNull();
        assertThat(task(padaria)).hasCandidateGroup("customizacao");
    }

    @Test
    @DisplayName("R11: a Fly01 Varejo ticket runs on the Varejo calendar, Saturday included")
    void fly01TicketRunsOnItsSegmentCalendar() {
        Customer carla = customers.byEmail(CARLA).orElseThrow();
        ClockUtil.setCurrentTime(Date.from(brasilia("2026-12-04T18:00")));

        ProcessInstance instance = instanceOf(desk.open(carla, supportDraft(Channel.CHAT, Product.FLY01), null));

        assertThat(instance).variables().containsEntry(VAR_TEAM.name(), "sac-fly01").containsEntry(VAR_SLA_CALENDAR.name(), "fly01-varejo")
                .containsEntry(VAR_SUPPORT_HOURS.name(), 30);
        // Friday 18–19 (1 h), Saturday 09–15 (6 h), Monday 08–19 (11 h), Tuesday 08–19 (11 h): 29 h; Wednesday 09:00.
        assertThat(task(instance)).hasDueDate(Date.from(brasilia("2026-12-09T09:00")));
    }

    private static TicketDraft customizationDraft() {
        return new TicketDraft(TicketType.CUSTOMIZACAO, Channel.PORTAL, Product.DATASUL, "FT0001", "12.1.2410",
                Environment.PRODUCAO, "Relatório de expedição personalizado", "Incluir o lote no relatório.",
                Impact.MEDIO, Urgency.MEDIA);
    }

    /** A Prime company without non-stop and without target overrides whose contract names suporte-datasul. */
    private Customer plainPrimeCustomer() {
        tx.executeWithoutResult(s -> {
            if (contacts.findByEmail(PLAIN_PRIME_EMAIL).isEmpty()) {
                Company company = companies.save(new Company("Prime Sem Plantão Ltda", Offer.PRIME, "SP", "Campinas"));
                contracts.save(new PrimeContract(company, false, "suporte-datasul"));
                contacts.save(new Contact(company, "Gerente", PLAIN_PRIME_EMAIL, true));
            }
        });
        return customers.byEmail(PLAIN_PRIME_EMAIL).orElseThrow();
    }

    private ProcessInstance instanceOf(Ticket ticket) {
        return processInstanceQuery().processInstanceBusinessKey(ticket.number().toString()).singleResult();
    }

    private org.camunda.bpm.engine.runtime.Job job(String activityId, ProcessInstance instance) {
        return jobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    }

    private Ticket reload(Ticket ticket) {
        return tickets.findById(ticket.getId()).orElseThrow();
    }
}
