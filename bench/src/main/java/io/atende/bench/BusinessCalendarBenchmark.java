package io.atende.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.atende.sla.BusinessCalendars;
import io.atende.sla.Location;
import io.atende.sla.SlaConfiguration;

/**
 * Figure 5 of the benchmark (docs/performance.md): nanoseconds per due-date calculation on the business
 * calendars. The calendars are built the way the application builds them (SlaConfiguration with the
 * application's application.yml and calendars.yml), in a Spring context of the sla module alone: no
 * engine, no database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BusinessCalendarBenchmark {

    /** Monday 2026-03-02 09:00 in Brasília (12:00 UTC): inside working time on both calendars. */
    private static final Instant START = Instant.parse("2026-03-02T12:00:00Z");

    private static final Location SAO_PAULO = new Location("SP", "São Paulo");

    private ConfigurableApplicationContext context;

    private BusinessCalendars calendars;

    @Setup(Level.Trial)
    public void setUp() {
        context = new SpringApplicationBuilder(SlaConfiguration.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--logging.level.root=WARN");
        calendars = context.getBean(BusinessCalendars.class);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        context.close();
    }

    @Benchmark
    public Instant suporte40h() {
        return calendars.addBusinessHours("suporte", SAO_PAULO, START, 40);
    }

    @Benchmark
    public Instant cst40h() {
        return calendars.addBusinessHours("cst", SAO_PAULO, START, 40);
    }

    @Benchmark
    public Instant suporte400h() {
        return calendars.addBusinessHours("suporte", SAO_PAULO, START, 400);
    }

    @Benchmark
    public Instant cst400h() {
        return calendars.addBusinessHours("cst", SAO_PAULO, START, 400);
    }
}
