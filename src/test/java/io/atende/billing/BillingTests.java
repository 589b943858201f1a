package io.atende.billing;

import static io.atende.billing.BillingFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.billing.internal.BillingException;
import io.atende.billing.internal.HourlyRate;
import io.atende.billing.internal.Statement;
import io.atende.billing.internal.StatementCsv;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R10 pricing without the engine: minimum, rounding, IGP-M, rate changes inside a month, CSV. */
class BillingTests {

    static final Instant NOW = Instant.parse("2026-12-15T12:00:00Z");

    @ParameterizedTest(name = "{0} min → {1} billed")
    @CsvSource({"1, 10", "3, 10", "9, 10", "10, 10", "11, 11", "95, 95"})
    @DisplayName("R10: a ticket with less than 10 minutes in total is billed 10 minutes; otherwise 100% of its time")
    void billsTheMinimumOfTenMinutes(int registered, int billed) {
        Statement statement = statement("2026-11", rates(seedRate()), entry(TICKET_A, registered, "2026-11-10T10:00"));

        assertThat(statement.lines()).singleElement().satisfies(line -> {
            assertThat(line.minutesRegistered()).isEqualTo(registered);
            assertThat(line.minutesBilled()).isEqualTo(billed);
            assertThat(line.amount()).isEqualTo(Money.of("250.00").forMinutes(billed));
        });
    }

    @Test
    @DisplayName("R10: the minimum is per ticket, in total: 3 + 4 minutes are billed 10 once, the rest beyond 10 as worked")
    void appliesTheMinimumOncePerTicketAcrossEntries() {
        Statement statement = statement("2026-11", rates(seedRate()),
                entry(TICKET_A, 3, "2026-11-10T10:00"), entry(TICKET_A, 4, "2026-11-11T10:00"),
                entry(TICKET_B, 25, "2026-11-12T10:00"));

        assertThat(statement.lines()).hasSize(2);
        assertThat(statement.lines().get(0).minutesRegistered()).isEqualTo(7);
        assertThat(statement.lines().get(0).minutesBilled()).isEqualTo(10);
        assertThat(statement.minutesBilled()).isEqualTo(35);
        // 10 min = 41.666… → 41.67; 25 min = 104.1666… → 104.17
        assertThat(statement.total()).isEqualTo(Money.of("145.84"));
    }

    @Test
    @DisplayName("R10: the top-up belongs to the month of the ticket's first time; a later month bills only what goes beyond 10")
    void keepsPastMonthsWhenTimeIsAddedLater() {
        StatementCalculator.Entry november = entry(TICKET_A, 3, "2026-11-30T18:00");
        StatementCalculator.Entry december = entry(TICKET_A, 12, "2026-12-01T09:00");

        Statement nov = statement("2026-11", rates(seedRate()), november, december);
        Statement dec = statement("2026-12", rates(seedRate()), november, december);

        assertThat(nov.minutesBilled()).isEqualTo(10);
        assertThat(dec.lines()).singleElement().satisfies(line -> {
            assertThat(line.minutesRegistered()).isEqualTo(12);
            assertThat(line.minutesBilled()).isEqualTo(5);
        });
    }

    @Test
    @DisplayName("R10: the month of an entry is its day in Brasília: 31/12 22:00 Brasília is December although UTC is January")
    void assignsEntriesToTheirBrasiliaMonth() {
        StatementCalculator.Entry newYearsEve = entry(TICKET_A, 30, "2026-12-31T22:00");

        assertThat(statement("2026-12", rates(seedRate()), newYearsEve).minutesBilled()).isEqualTo(30);
        assertThat(statement("2027-01", rates(seedRate()), newYearsEve).lines()).isEmpty();
    }

    @Test
    @DisplayName("R10: a month that spans a rate change prices each entry at its own day's rate, one line per rate")
    void pricesEachEntryAtTheRateOfItsDay() {
        HourlyRate seed = seedRate();
        HourlyRate adjusted = seed.adjustByIgpm(percent("4.25"), LocalDate.parse("2026-11-16"), "admin", NOW);

        Statement statement = statement("2026-11", rates(seed, adjusted),
                entry(TICKET_A, 30, "2026-11-13T10:00"), entry(TICKET_A, 30, "2026-11-16T10:00"));

        assertThat(statement.lines()).hasSize(2);
        assertThat(statement.lines().get(0).hourlyRate()).isEqualTo(Money.of("250.00"));
        assertThat(statement.lines().get(0).amount()).isEqualTo(Money.of("125.00"));
        assertThat(statement.lines().get(1).hourlyRate()).isEqualTo(Money.of("260.62"));
        assertThat(statement.lines().get(1).rateEffectiveFrom()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(statement.lines().get(1).amount()).isEqualTo(Money.of("130.31"));
        assertThat(statement.total()).isEqualTo(Money.of("255.31"));
    }

    @ParameterizedTest(name = "R$ 250,00 {0}% → {1}")
    @CsvSource({"4.25, 260.62", "-1.50, 246.25", "-0.3, 249.25", "0.002, 250.00", "0.006, 250.02", "10, 275.00"})
    @DisplayName("R10: the IGP-M adjustment derives the new rate from the previous one, rounded half-even to centavos")
    void adjustsByIgpmRoundingToCentavos(String igpm, String expected) {
        HourlyRate adjusted = seedRate().adjustByIgpm(percent(igpm), LocalDate.parse("2027-01-01"), "admin", NOW);

        assertThat(adjusted.rate()).isEqualTo(Money.of(expected));
        assertThat(adjusted.getIgpmPercent()).isEqualByComparingTo(igpm);
        assertThat(adjusted.getEffectiveFrom()).isEqualTo(LocalDate.parse("2027-01-01"));
    }

    @Test
    @DisplayName("R10: half-even rounding: 260.625 → 260.62, 0.125 → 0.12, 0.135 → 0.14")
    void roundsHalfEven() {
        assertThat(Money.of("260.625")).isEqualTo(Money.of("260.62"));
        assertThat(Money.of("0.125")).isEqualTo(Money.of("0.12"));
        assertThat(Money.of("0.135")).isEqualTo(Money.of("0.14"));
        assertThat(Money.of("1234.5").formatted()).isEqualTo("R$ 1.234,50");
    }

    @Test
    @DisplayName("R10: an IGP-M of -100% or less, beyond 100%, with too many decimals, or not after the current rate is refused")
    void refusesNonsensicalAdjustments() {
        HourlyRate seed = seedRate();
        LocalDate next = LocalDate.parse("2027-01-01");

        assertThatThrownBy(() -> seed.adjustByIgpm(percent("-100"), next, "a", NOW)).isInstanceOf(BillingException.class)
                .hasMessageContaining("-100%");
        assertThatThrownBy(() -> seed.adjustByIgpm(percent("100.01"), next, "a", NOW)).isInstanceOf(BillingException.class);
        assertThatThrownBy(() -> seed.adjustByIgpm(percent("1.00001"), next, "a", NOW)).isInstanceOf(BillingException.class);
        assertThatThrownBy(() -> seed.adjustByIgpm(percent("4"), LocalDate.parse("2026-01-01"), "a", NOW))
                .isInstanceOf(BillingException.class).satisfies(e ->
                        assertThat(((BillingException) e).kind()).isEqualTo(BillingException.Kind.CONFLICT));
    }

    @Test
    @DisplayName("R10: the CSV lists each ticket and rate with minutes and amounts in reais (45 min × 260,62 = 195,465 → 195,46), then the total")
    void rendersCsv() {
        HourlyRate seed = seedRate();
        HourlyRate adjusted = seed.adjustByIgpm(percent("4.25"), LocalDate.parse("2026-11-16"), "admin", NOW);
        Statement statement = statement("2026-11", rates(seed, adjusted),
                entry(TICKET_A, 3, "2026-11-13T10:00"), entry(TICKET_A, 30, "2026-11-16T10:00"),
                entry(TICKET_B, 45, "2026-11-20T15:30"));

        assertThat(StatementCsv.render(statement)).isEqualTo("""
                ticket;assunto;minutos_registrados;minutos_faturados;valor_hora;valor_hora_vigente_desde;valor\r
                10000101;Dúvida na rotina 10000101;3;10;250,00;2026-01-01;41,67\r
                10000101;Dúvida na rotina 10000101;30;23;260,62;2026-11-16;99,90\r
                10000102;Dúvida na rotina 10000102;45;45;260,62;2026-11-16;195,46\r
                TOTAL;;78;78;;;337,03\r
                """);
    }

    @Test
    @DisplayName("The CSV neutralises formulas and quotes separators in customer text")
    void escapesCsvCells() {
        assertThat(StatementCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(StatementCsv.cell("Erro; nota")).isEqualTo("\"Erro; nota\"");
        assertThat(StatementCsv.cell("-12,50")).isEqualTo("-12,50");
        assertThat(StatementCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }
}
