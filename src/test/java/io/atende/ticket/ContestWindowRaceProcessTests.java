package io.atende.ticket;

import static io.atende.ticket.TicketFixtures.*;
import static io.atende.ticket.TicketProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.AtendeIntegrationTest;
import io.atende.account.Customer;
import io.atende.account.CustomerDirectory;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R18 under contention: the customer's contest and the end of the contest window at the same
 * instant, for many tickets at once. Each ticket must end in exactly one consistent state.
 * {@code -Datende.race.trials=1000} runs the full thousand (the suite runs 50 to stay fast).
 */
@AtendeIntegrationTest
class ContestWindowRaceProcessTests {

    static final int TRIALS = Integer.getInteger("atende.race.trials", 50);

    @Autowired TicketDesk desk;
    @Autowired Tickets tickets;
    @Autowired CustomerDirectory customers;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R18: contest and window end at the same instant → contested or closed, never both, never stuck")
    void contestAndWindowEndRaceEndsConsistently() throws Exception {
        ClockUtil.setCurrentTime(Date.from(brasilia("2026-11-30T10:00")));
        Customer ana = customers.byEmail(ANA).orElseThrow();
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < TRIALS; i++) {
            String number = desk.open(ana, supportDraft(Impact.MEDIO, Urgency.MEDIA), null).number().toString();
            String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
            taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                    Map.of(VAR_OUTCOME.name(), AnalysisOutcome.PROPOSE_SOLUTION.name(), VAR_SOLUTION.name(), "Aplique o pacote."));
            Job timer = managementService.createJobQuery().processInstanceId(instance).activityId(TIMER_CONTEST_WINDOW).singleResult();
            trials.add(new Trial(number, instance, timer.getId()));
        }
        ClockUtil.setCurrentTime(managementService.createJobQuery().jobId(trials.get(0).timerJobId).singleResult().getDuedate());

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (Trial trial : trials) {
            work.add(pool.submit(() -> quietly(() -> desk.contest(ana, trial.number, "Ainda falha."))));
            work.add(pool.submit(() -> quietly(() -> managementService.executeJob(trial.timerJobId))));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        // A timer whose transaction lost the race keeps its job (with a retry less): the job executor
        // would run it again; do that here, so "stuck" would show as a ticket still RESOLVIDO.
        for (Trial trial : trials) {
            managementService.createJobQuery().jobId(trial.timerJobId).list()
                    .forEach(job -> quietly(() -> managementService.executeJob(job.getId())));
        }

        int contested = 0;
        int closed = 0;
        for (Trial trial : trials) {
            Ticket ticket = tickets.findById(Long.parseLong(trial.number)).orElseThrow();
            boolean running = runtimeService.createProcessInstanceQuery().processInstanceId(trial.instanceId).count() == 1;
            if (ticket.getStatus() == TicketStatus.FECHADO) {
                closed++;
                assertThat(running).as("closed ticket %s has no running process", trial.number).isFalse();
                assertThat(ticket.getCloseReason()).isEqualTo(CloseReason.CONTEST_WINDOW_ENDED);
            } else {
                contested++;
                assertThat(ticket.getStatus()).as("ticket %s", trial.number).isEqualTo(TicketStatus.ABERTO);
                assertThat(running).isTrue();
                assertThat(taskService.createTaskQuery().processInstanceId(trial.instanceId).taskDefinitionKey(TASK_ANALYZE)
                        .count()).as("contested ticket %s is back in analysis", trial.number).isEqualTo(1);
                assertThat(managementService.createJobQuery().jobId(trial.timerJobId).count()).isZero();
            }
        }
        assertThat(contested + closed).isEqualTo(TRIALS);
        System.out.printf("contest-window race: %d trials, %d contested, %d closed%n", TRIALS, contested, closed);
    }

    private record Trial(String number, String instanceId, String timerJobId) {
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException expected) {
            // the loser of the race is rolled back: optimistic locking, or "no longer contestable"
        }
    }
}
