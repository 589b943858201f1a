package io.atende.sla;

import static io.atende.sla.SlaFixtures.RIO;
import static io.atende.sla.SlaFixtures.SAO_PAULO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import io.atende.sla.SlaSettings.ExtraHoliday;
import io.atende.sla.SlaSettings.HolidaySettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R15 holidays for 2026 (Easter 5 Apr) and 2027 (Easter 28 Mar): jollyday plus the correction layer. */
class HolidayTests {

    private static HolidayCalendar holidays;

    @BeforeAll
    static void loadShippedHolidays() {
        holidays = new HolidayCalendar(SlaFixtures.shippedSettings().holidays());
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    @DisplayName("R15: the national holidays of 2026, Carnaval Monday and Tuesday included, Ash Wednesday not")
    void nationalHolidays2026() {
        assertThat(holidays.holidays(2026, Location.NATIONAL)).containsOnlyKeys(
                d("2026-01-01"), // Confraternização Universal
                d("2026-02-16"), d("2026-02-17"), // Carnaval Monday and Tuesday (Easter − 48, − 47)
                d("2026-04-03"), // Sexta-feira Santa (Easter − 2)
                d("2026-04-05"), // Easter Sunday (jollyday lists it; a Sunday anyway)
                d("2026-04-21"), // Tiradentes
                d("2026-05-01"), // Dia do Trabalho
                d("2026-06-04"), // Corpus Christi (Easter + 60)
                d("2026-09-07"), // Independência
                d("2026-10-12"), // Nossa Senhora Aparecida
                d("2026-11-02"), // Finados
                d("2026-11-15"), // Proclamação da República
                d("2026-11-20"), // Consciência Negra, national since 2024
                d("2026-12-25")); // Natal
    }

    @Test
    @DisplayName("R15: the national holidays of 2027")
    void nationalHolidays2027() {
        assertThat(holidays.holidays(2027, Location.NATIONAL)).containsOnlyKeys(
                d("2027-01-01"),
                d("2027-02-08"), d("2027-02-09"), // Carnaval
                d("2027-03-26"), // Sexta-feira Santa
                d("2027-03-28"), // Easter Sunday
                d("2027-04-21"),
                d("2027-05-01"),
                d("2027-05-27"), // Corpus Christi
                d("2027-09-07"),
                d("2027-10-12"),
                d("2027-11-02"),
                d("2027-11-15"),
                d("2027-11-20"),
                d("2027-12-25"));
    }

    @Test
    @DisplayName("R15: Ash Wednesday is an ordinary business day (jollyday's entry dropped)")
    void ashWednesdayIsNotAHoliday() {
        assertThat(holidays.holidays(2026, SAO_PAULO)).doesNotContainKey(d("2026-02-18"));
        assertThat(holidays.holidays(2027, RIO)).doesNotContainKey(d("2027-02-10"));
    }

    @Test
    @DisplayName("R15: São Paulo city adds 25 Jan (city) and 9 Jul (state) to the national days")
    void saoPauloCityHolidays() {
        for (int year : new int[] {2026, 2027}) {
            var national = holidays.holidays(year, Location.NATIONAL).keySet();
            assertThat(holidays.holidays(year, SAO_PAULO).keySet())
                    .containsAll(national)
                    .contains(LocalDate.of(year, 1, 25), LocalDate.of(year, 7, 9))
                    .hasSize(national.size() + 2);
        }
    }

    @Test
    @DisplayName("R15: another São Paulo city gets 9 Jul but not 25 Jan")
    void otherSaoPauloCityGetsOnlyStateHoliday() {
        var campinas = holidays.holidays(2026, new Location("SP", "Campinas"));
        assertThat(campinas).containsKey(d("2026-07-09")).doesNotContainKey(d("2026-01-25"));
    }

    @Test
    @DisplayName("R15: Rio de Janeiro city adds 20 Jan (city) and 23 Apr (state), none of São Paulo's")
    void rioCityHolidays() {
        for (int year : new int[] {2026, 2027}) {
            var national = holidays.holidays(year, Location.NATIONAL).keySet();
            assertThat(holidays.holidays(year, RIO).keySet())
                    .containsAll(national)
                    .contains(LocalDate.of(year, 1, 20), LocalDate.of(year, 4, 23))
                    .doesNotContain(LocalDate.of(year, 1, 25), LocalDate.of(year, 7, 9))
                    .hasSize(national.size() + 2);
        }
    }

    @Test
    @DisplayName("R15: other mapped cities reach jollyday's city level (Belo Horizonte: 15 Aug, 8 Dec)")
    void beloHorizonteCityHolidays() {
        assertThat(holidays.holidays(2026, new Location("MG", "Belo Horizonte")))
                .containsKeys(d("2026-08-15"), d("2026-12-08"));
    }

    @Test
    @DisplayName("R15: an administrator adds fixed, one-off and Easter-relative local days by configuration")
    void addsConfiguredHolidays() {
        HolidayCalendar configured = new HolidayCalendar(new HolidaySettings(
                List.of("christian.ASH_WEDNESDAY"),
                List.of(new ExtraHoliday("Carnaval (segunda-feira)", null, -48, null, null),
                        new ExtraHoliday("Aniversário de Campinas", "07-14", null, "SP", "Campinas"),
                        new ExtraHoliday("Ponto facultativo", "2027-11-19", null, "SP", null),
                        new ExtraHoliday("Paixão local", null, -3, "BA", "Salvador"))));
        Location campinas = new Location("sp", "CAMPINAS");
        assertThat(configured.holidays(2026, campinas)).containsKeys(d("2026-07-14"), d("2026-02-16"));
        assertThat(configured.holidays(2026, SAO_PAULO)).doesNotContainKey(d("2026-07-14"));
        assertThat(configured.holidays(2027, SAO_PAULO)).containsKey(d("2027-11-19"));
        assertThat(configured.holidays(2026, SAO_PAULO)).doesNotContainKey(d("2026-11-19"));
        assertThat(configured.holidays(2026, new Location("BA", "Salvador"))).containsKey(d("2026-04-02"));
        assertThat(configured.holidays(2026, Location.NATIONAL)).doesNotContainKey(d("2026-04-02"));
    }

    @Test
    void refusesAnExtraHolidayWithoutExactlyOneDate() {
        var both = new HolidaySettings(List.of(), List.of(new ExtraHoliday("X", "07-14", -2, null, null)));
        assertThatThrownBy(() -> new HolidayCalendar(both))
                .hasMessageContaining("atende.sla.holidays.extra[0] (X)")
                .hasMessageContaining("exactly one of date");
        var badDate = new HolidaySettings(List.of(), List.of(new ExtraHoliday("Y", "14/07", null, "SP", null)));
        assertThatThrownBy(() -> new HolidayCalendar(badDate)).hasMessageContaining("cannot read date \"14/07\"");
        var cityOnly = new HolidaySettings(List.of(), List.of(new ExtraHoliday("Z", "07-14", null, null, "Campinas")));
        assertThatThrownBy(() -> new HolidayCalendar(cityOnly)).hasMessageContaining("needs its state");
    }

    @Test
    void computesEasterSunday() {
        assertThat(EasterSunday.of(2026)).isEqualTo(d("2026-04-05"));
        assertThat(EasterSunday.of(2027)).isEqualTo(d("2027-03-28"));
        assertThat(EasterSunday.of(2025)).isEqualTo(d("2025-04-20"));
        assertThat(EasterSunday.of(2038)).isEqualTo(d("2038-04-25"));
    }
}
