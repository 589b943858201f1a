package io.atende.sla;

import static io.atende.sla.SlaFixtures.RIO;
import static io.atende.sla.SlaFixtures.SAO_PAULO;
import static io.atende.sla.SlaFixtures.brasilia;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.atende.sla.internal.UnknownCalendarException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due dates on the shipped calendars of application.yml (R8–R15, R18, R20); expected dates worked out by hand. */
class BusinessCalendarTests {

    private static final Location CAMPINAS = new Location("SP", "Campinas");

    private final BusinessCalendars calendars = SlaFixtures.shippedCalendars();

    private Instant hours(String calendar, Location location, String start, long hours) {
        return calendars.addBusinessHours(calendar, location, brasilia(start), hours);
    }

    @Test
    @DisplayName("R8: a CST deadline crossing noon skips the 12:00–13:30 lunch break")
    void skipsCstLunchBreak() {
        // Mon 10:00 + 3h: 10–12 (2h), then 13:30 + 1h.
        assertThat(hours("cst", Location.NATIONAL, "2026-03-02T10:00", 3)).isEqualTo(brasilia("2026-03-02T14:30"));
    }

    @Test
    @DisplayName("R13: Ouvidoria closes at 17:30")
    void ouvidoriaClosesAtHalfPastFive() {
        // Mon 16:30 + 2h: 16:30–17:30 (1h), Tue 08:00 + 1h.
        assertThat(hours("ouvidoria", Location.NATIONAL, "2026-03-02T16:30", 2)).isEqualTo(brasilia("2026-03-03T09:00"));
    }

    @ParameterizedTest(name = "{0} opens at {1} and closes at {2}")
    @DisplayName("R8, R9, R11, R13, R14: each calendar opens and closes at its rule's hours on a weekday")
    @CsvSource({
            "suporte, 07:00, 19:00", "cst, 08:00, 18:00", "ouvidoria, 08:00, 17:30", "prime, 07:00, 19:00",
            "fly01-beleza-estetica, 09:00, 18:00", "fly01-juridico, 08:00, 19:00",
            "fly01-manufatura, 07:30, 19:00", "fly01-pet-shop, 09:00, 18:00", "fly01-saude, 07:00, 19:00",
            "fly01-varejo, 08:00, 19:00", "fly01-app-gestao, 07:30, 19:00", "fly01-loja-virtual, 07:30, 19:00"})
    void opensAndClosesAtTheRulesHours(String calendar, String opens, String closes) {
        LocalTime opening = LocalTime.parse(opens);
        LocalTime closing = LocalTime.parse(closes);
        // Mon 2 Mar 2026, before opening: the first hour ends one hour after opening.
        assertThat(hours(calendar, SAO_PAULO, "2026-03-02T00:00", 1))
                .isEqualTo(brasilia("2026-03-02T" + opening.plusHours(1)));
        // One hour before closing: one hour ends at closing, two spill into Tuesday.
        String lastHour = "2026-03-02T" + closing.minusHours(1);
        assertThat(hours(calendar, SAO_PAULO, lastHour, 1)).isEqualTo(brasilia("2026-03-02T" + closing));
        assertThat(hours(calendar, SAO_PAULO, lastHour, 2)).isEqualTo(brasilia("2026-03-03T" + opening.plusHours(1)));
    }

    @Test
    @DisplayName("R9: the weekend is not working time")
    void skipsWeekend() {
        // Fri 17:00 + 4h: 17–19 (2h), Mon 07:00 + 2h.
        assertThat(hours("suporte", Location.NATIONAL, "2026-03-06T17:00", 4)).isEqualTo(brasilia("2026-03-09T09:00"));
    }

    @Test
    @DisplayName("R15: Carnaval Monday and Tuesday 2026 are holidays, Ash Wednesday is a business day")
    void carnavalMondayAndTuesdayAreHolidaysAshWednesdayIsNot() {
        // Fri 13 Feb 18:00 + 2h: 18–19 (1h); Sat, Sun, Mon 16 and Tue 17 off; Wed 18 07:00 + 1h.
        assertThat(hours("suporte", Location.NATIONAL, "2026-02-13T18:00", 2)).isEqualTo(brasilia("2026-02-18T08:00"));
        assertThat(hours("suporte", SAO_PAULO, "2026-02-16T10:00", 1)).isEqualTo(brasilia("2026-02-18T08:00"));
        assertThat(hours("suporte", SAO_PAULO, "2026-02-18T10:00", 1)).isEqualTo(brasilia("2026-02-18T11:00"));
    }

    @Test
    @DisplayName("R15: Good Friday 2026 (3 Apr) is a holiday")
    void goodFridayIsHoliday() {
        assertThat(hours("suporte", Location.NATIONAL, "2026-04-02T18:00", 2)).isEqualTo(brasilia("2026-04-06T08:00"));
    }

    @Test
    @DisplayName("R15: Corpus Christi 2026 (4 Jun) is a holiday")
    void corpusChristiIsHoliday() {
        assertThat(hours("suporte", Location.NATIONAL, "2026-06-03T18:00", 2)).isEqualTo(brasilia("2026-06-05T08:00"));
    }

    @Test
    @DisplayName("R15: Consciência Negra (20 Nov 2026) is a national holiday, also outside SP and RJ")
    void conscienciaNegraIsNational() {
        Location recife = new Location("PE", "Recife");
        assertThat(hours("suporte", recife, "2026-11-19T18:00", 2)).isEqualTo(brasilia("2026-11-23T08:00"));
        assertThat(hours("suporte", Location.NATIONAL, "2026-11-19T18:00", 2)).isEqualTo(brasilia("2026-11-23T08:00"));
    }

    @Test
    @DisplayName("R15: 9 Jul is a São Paulo state holiday, for any SP city and not for Rio")
    void saoPauloStateHoliday() {
        // Thu 9 Jul 2026.
        assertThat(hours("suporte", CAMPINAS, "2026-07-08T18:00", 2)).isEqualTo(brasilia("2026-07-10T08:00"));
        assertThat(hours("suporte", RIO, "2026-07-08T18:00", 2)).isEqualTo(brasilia("2026-07-09T08:00"));
    }

    @Test
    @DisplayName("R15: 25 Jan is a São Paulo city holiday, not for the rest of the state")
    void saoPauloCityHoliday() {
        // 25 Jan 2026 is a Sunday, so 2027 (a Monday) shows it: Fri 22 Jan 18:00 + 2h.
        assertThat(hours("suporte", SAO_PAULO, "2027-01-22T18:00", 2)).isEqualTo(brasilia("2027-01-26T08:00"));
        assertThat(hours("suporte", CAMPINAS, "2027-01-22T18:00", 2)).isEqualTo(brasilia("2027-01-25T08:00"));
    }

    @Test
    @DisplayName("R15: Rio has 23 Apr (state) and 20 Jan (city); a São Paulo company does not")
    void rioHolidaysStayInRio() {
        // Thu 23 Apr 2026 and Tue 20 Jan 2026.
        assertThat(hours("suporte", RIO, "2026-04-22T18:00", 2)).isEqualTo(brasilia("2026-04-24T08:00"));
        assertThat(hours("suporte", RIO, "2026-01-19T18:00", 2)).isEqualTo(brasilia("2026-01-21T08:00"));
        assertThat(hours("suporte", SAO_PAULO, "2026-04-22T18:00", 2)).isEqualTo(brasilia("2026-04-23T08:00"));
        assertThat(hours("suporte", SAO_PAULO, "2026-01-19T18:00", 2)).isEqualTo(brasilia("2026-01-20T08:00"));
    }

    @Test
    @DisplayName("R15: state and city are matched without regard to accents or case")
    void matchesLocationIgnoringAccentsAndCase() {
        Location plain = new Location("sp", "SAO  PAULO");
        assertThat(hours("suporte", plain, "2027-01-22T18:00", 2)).isEqualTo(brasilia("2027-01-26T08:00"));
        Location unknownState = new Location("XX", "Lugar Nenhum");
        assertThat(hours("suporte", unknownState, "2026-11-19T18:00", 2)).isEqualTo(brasilia("2026-11-23T08:00"));
    }

    @Test
    @DisplayName("R12: a 24x7 calendar counts every hour, Carnaval included")
    void twentyFourSevenIgnoresHolidays() {
        assertThat(hours("cloud", SAO_PAULO, "2026-02-16T10:00", 30)).isEqualTo(brasilia("2026-02-17T16:00"));
        assertThat(hours("prime-24x7", SAO_PAULO, "2026-12-24T20:00", 10)).isEqualTo(brasilia("2026-12-25T06:00"));
        assertThat(calendars.endOfBusinessDaysAfter("cloud", SAO_PAULO, brasilia("2026-12-24T20:00"), 1))
                .isEqualTo(brasilia("2026-12-25T23:59:59"));
    }

    @Test
    @DisplayName("R14: Prime's on-call windows (07–08, 12–13:30, 18–19) count as business time")
    void primeOnCallWindowsCountAsBusinessTime() {
        // Lunch plantão: Monday 12:00 + 1h = 13:00, no break.
        assertThat(hours("prime", SAO_PAULO, "2026-03-02T12:00", 1)).isEqualTo(brasilia("2026-03-02T13:00"));
        // Evening plantão: 18:30 + 1h = 30 min to 19:00, then the morning plantão from 07:00 → Tuesday 07:30.
        assertThat(hours("prime", SAO_PAULO, "2026-03-02T18:30", 1)).isEqualTo(brasilia("2026-03-03T07:30"));
        // A whole Prime day is 12 hours: 07:00 + 12h = 19:00.
        assertThat(hours("prime", SAO_PAULO, "2026-03-02T07:00", 12)).isEqualTo(brasilia("2026-03-02T19:00"));
        // CST, by contrast, stops for lunch.
        assertThat(hours("cst", SAO_PAULO, "2026-03-02T11:30", 1)).isEqualTo(brasilia("2026-03-02T14:00"));
    }

    @Test
    @DisplayName("R14: prime's weekends and holidays are off; prime-24x7 works through them")
    void primeRestsOnHolidaysUnlessNonStop() {
        // Tiradentes, Tue 21 Apr 2026: Monday 18:00 + 2h → 18–19, then Wednesday 07:00 + 1h.
        assertThat(hours("prime", SAO_PAULO, "2026-04-20T18:00", 2)).isEqualTo(brasilia("2026-04-22T08:00"));
        assertThat(hours("prime-24x7", SAO_PAULO, "2026-04-20T18:00", 2)).isEqualTo(brasilia("2026-04-20T20:00"));
    }

    @Test
    @DisplayName("R15: a team on duty on a holiday counts its plantão hours as business time")
    void holidayOnCallDutyCountsAsBusinessTime() {
        // Christmas, Friday 25 Dec 2026: Suporte publishes a plantão 08:00–12:00.
        HolidayDuty christmas = (calendar, day) -> calendar.equals("suporte") && day.toString().equals("2026-12-25")
                ? java.util.List.of(new WorkingInterval(8 * 3600, 12 * 3600, "08:00-12:00")) : java.util.List.of();
        BusinessCalendars withDuty = SlaFixtures.withDuty(christmas);

        // Thu 24 18:00 + 3h: 18–19 (1h), Christmas 08:00 + 2h = 10:00 (without the plantão: Monday 28 09:00).
        Instant start = brasilia("2026-12-24T18:00");
        assertThat(withDuty.addBusinessHours("suporte", SAO_PAULO, start, 3)).isEqualTo(brasilia("2026-12-25T10:00"));
        assertThat(calendars.addBusinessHours("suporte", SAO_PAULO, start, 3)).isEqualTo(brasilia("2026-12-28T09:00"));
        // Only its hours: 18:00 + 6h = 1h on Thursday, 4h of plantão, Monday 07:00 + 1h.
        assertThat(withDuty.addBusinessHours("suporte", SAO_PAULO, start, 6)).isEqualTo(brasilia("2026-12-28T08:00"));
        // A day with plantão is a business day of that calendar (maintenance targets count it).
        assertThat(withDuty.endOfBusinessDaysAfter("suporte", SAO_PAULO, start, 1)).isEqualTo(brasilia("2026-12-25T23:59:59"));
        // Another calendar's team is not on duty.
        assertThat(withDuty.addBusinessHours("cst", SAO_PAULO, start, 1)).isEqualTo(brasilia("2026-12-28T09:00"));
        // An ordinary day ignores the duty list: the weekly hours apply.
        assertThat(withDuty.addBusinessHours("suporte", SAO_PAULO, brasilia("2026-12-23T10:00"), 1))
                .isEqualTo(brasilia("2026-12-23T11:00"));
    }

    @Test
    @DisplayName("R11, R15: Varejo's Saturday stops on a holiday unless its team publishes a plantão")
    void varejoSaturdayHolidayAndPlantao() {
        // Proclamação da República, Saturday 15 Nov 2025.
        Instant friday = brasilia("2025-11-14T18:00");
        // Friday 18–19 (1h), Saturday is a holiday, Monday 08:00 + 1h.
        assertThat(calendars.addBusinessHours("fly01-varejo", SAO_PAULO, friday, 2)).isEqualTo(brasilia("2025-11-17T09:00"));
        HolidayDuty saturdayPlantao = (calendar, day) -> calendar.equals("fly01-varejo") && day.toString().equals("2025-11-15")
                ? java.util.List.of(new WorkingInterval(9 * 3600, 12 * 3600, "09:00-12:00")) : java.util.List.of();
        assertThat(SlaFixtures.withDuty(saturdayPlantao).addBusinessHours("fly01-varejo", SAO_PAULO, friday, 2))
                .isEqualTo(brasilia("2025-11-15T10:00"));
        // On an ordinary Saturday Varejo works 09–15.
        assertThat(calendars.addBusinessHours("fly01-varejo", SAO_PAULO, brasilia("2025-11-21T18:00"), 2))
                .isEqualTo(brasilia("2025-11-22T10:00"));
    }

    @ParameterizedTest(name = "team {0} works on {1}")
    @DisplayName("R8–R14: every team of the catalogue is on its rule's calendar")
    @CsvSource({"cst, cst", "suporte-protheus, suporte", "suporte-rm, suporte", "suporte-datasul, suporte",
            "suporte-logix, suporte", "suporte-serie1, suporte", "suporte-rms, suporte", "suporte-fluig, suporte",
            "manutencao, suporte", "customizacao, suporte", "ouvidoria, ouvidoria", "sac-fly01, fly01-varejo",
            "cloud, cloud", "prime, prime", "equipe-nova, suporte"})
    void everyTeamHasItsCalendar(String team, String calendar) {
        assertThat(calendars.calendarForTeam(team)).isEqualTo(calendar);
    }

    @Test
    @DisplayName("R11: Fly01 Varejo works Saturday 09–15")
    void varejoWorksSaturday() {
        // Fri 18:00 + 3h: 18–19 (1h), Sat 09:00 + 2h.
        assertThat(hours("fly01-varejo", Location.NATIONAL, "2026-03-06T18:00", 3)).isEqualTo(brasilia("2026-03-07T11:00"));
        // Sat 14:00 + 2h: 14–15 (1h), Mon 08:00 + 1h.
        assertThat(hours("fly01-varejo", Location.NATIONAL, "2026-03-07T14:00", 2)).isEqualTo(brasilia("2026-03-09T09:00"));
    }

    @Test
    @DisplayName("A deadline that lands exactly at closing time stays at closing time")
    void deadlineAtClosingStaysAtClosing() {
        assertThat(hours("cst", Location.NATIONAL, "2026-03-02T14:00", 4)).isEqualTo(brasilia("2026-03-02T18:00"));
        assertThat(hours("cst", Location.NATIONAL, "2026-03-02T08:00", 4)).isEqualTo(brasilia("2026-03-02T12:00"));
        assertThat(hours("suporte", Location.NATIONAL, "2026-03-02T07:00", 12)).isEqualTo(brasilia("2026-03-02T19:00"));
    }

    @Test
    @DisplayName("A start outside working hours begins counting at the next opening")
    void startOutsideHoursCountsFromNextOpening() {
        assertThat(hours("suporte", Location.NATIONAL, "2026-03-02T05:30", 1)).isEqualTo(brasilia("2026-03-02T08:00"));
        assertThat(hours("suporte", Location.NATIONAL, "2026-03-02T21:00", 1)).isEqualTo(brasilia("2026-03-03T08:00"));
        assertThat(hours("cst", Location.NATIONAL, "2026-03-02T12:45", 1)).isEqualTo(brasilia("2026-03-02T14:30"));
        assertThat(hours("suporte", Location.NATIONAL, "2026-03-07T10:00", 1)).isEqualTo(brasilia("2026-03-09T08:00"));
    }

    @Test
    @DisplayName("R15: a start on a holiday begins counting on the next business day")
    void startOnHolidayCountsFromNextBusinessDay() {
        // Tiradentes, Tue 21 Apr 2026.
        assertThat(hours("suporte", SAO_PAULO, "2026-04-21T10:00", 1)).isEqualTo(brasilia("2026-04-22T08:00"));
    }

    @Test
    @DisplayName("R20: 40 business hours (Baixo) on suporte end on the fourth day")
    void fortyBusinessHoursOnSuporte() {
        // Mon 10:00: Mon 9h, Tue 12h (21), Wed 12h (33), Thu 07:00 + 7h.
        assertThat(hours("suporte", SAO_PAULO, "2026-03-02T10:00", 40)).isEqualTo(brasilia("2026-03-05T14:00"));
    }

    @Test
    @DisplayName("R18: resolved Fri 13 Nov 2026, the contest window ends 25 Nov 23:59:59 (20 Nov is a holiday)")
    void contestWindowSkipsConscienciaNegra() {
        // Business days after Fri 13: Mon 16 (1), 17 (2), 18 (3), 19 (4), Fri 20 off, Mon 23 (5), 24 (6), Wed 25 (7).
        Instant resolved = brasilia("2026-11-13T15:00");
        Instant end = calendars.endOfBusinessDaysAfter("dias-uteis", SAO_PAULO, resolved, 7);
        assertThat(end).isEqualTo(Instant.parse("2026-11-26T02:59:59Z"));
        assertThat(end.atZone(BusinessCalendars.ZONE).toOffsetDateTime().toString()).isEqualTo("2026-11-25T23:59:59-03:00");
    }

    @Test
    @DisplayName("R18: the day of resolution never counts, even when resolved at 00:01")
    void dayOfResolutionDoesNotCount() {
        assertThat(calendars.endOfBusinessDaysAfter("dias-uteis", Location.NATIONAL, brasilia("2026-03-02T00:01"), 1))
                .isEqualTo(brasilia("2026-03-03T23:59:59"));
        assertThat(calendars.endOfBusinessDaysAfter("dias-uteis", Location.NATIONAL, brasilia("2026-03-02T00:01"), 0))
                .isEqualTo(brasilia("2026-03-02T23:59:59"));
    }

    @Test
    @DisplayName("R15: Christmas and New Year move deadlines across the year boundary")
    void crossesYearBoundary() {
        assertThat(hours("suporte", SAO_PAULO, "2026-12-24T18:00", 2)).isEqualTo(brasilia("2026-12-28T08:00"));
        assertThat(hours("suporte", SAO_PAULO, "2026-12-31T18:00", 2)).isEqualTo(brasilia("2027-01-04T08:00"));
        // Wed 23 Dec: Thu 24 (1), Fri 25 off, Mon 28 (2), Tue 29 (3).
        assertThat(calendars.endOfBusinessDaysAfter("dias-uteis", SAO_PAULO, brasilia("2026-12-23T10:00"), 3))
                .isEqualTo(brasilia("2026-12-29T23:59:59"));
        // Wed 30 Dec: Thu 31 (1), Fri 1 Jan off, Mon 4 Jan (2).
        assertThat(calendars.endOfBusinessDaysAfter("dias-uteis", SAO_PAULO, brasilia("2026-12-30T10:00"), 2))
                .isEqualTo(brasilia("2027-01-04T23:59:59"));
    }

    @Test
    @DisplayName("Zero hours leaves the start unchanged, even outside working time")
    void zeroHoursReturnsStart() {
        Instant saturday = brasilia("2026-03-07T10:00");
        assertThat(calendars.addBusinessHours("suporte", SAO_PAULO, saturday, 0)).isEqualTo(saturday);
    }

    @Test
    void refusesNegativeCountsAndUnknownCalendars() {
        Instant start = brasilia("2026-03-02T10:00");
        assertThatThrownBy(() -> calendars.addBusinessHours("suporte", SAO_PAULO, start, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendars.endOfBusinessDaysAfter("suporte", SAO_PAULO, start, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendars.addBusinessHours("plantao", SAO_PAULO, start, 1))
                .isInstanceOf(UnknownCalendarException.class)
                .extracting(e -> ((UnknownCalendarException) e).calendarId()).isEqualTo("plantao");
    }

    @Test
    @DisplayName("Interval arithmetic: 100 000 business hours take milliseconds, not a walk over minutes")
    void costDoesNotGrowWithMinutes() {
        Instant start = brasilia("2026-03-02T10:00");
        Instant due = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> calendars.addBusinessHours("suporte", SAO_PAULO, start, 100_000));
        assertThat(due).isAfter(brasilia("2050-01-01T00:00"));
        assertThat(calendars.addBusinessHours("cloud", SAO_PAULO, start, 100_000)).isEqualTo(start.plus(Duration.ofHours(100_000)));
    }

    @Test
    @DisplayName("R8–R14: each Camunda group works on its team's calendar; unknown groups on suporte")
    void mapsTeamsToCalendars() {
        assertThat(calendars.calendarForTeam("cst")).isEqualTo("cst");
        assertThat(calendars.calendarForTeam("suporte-protheus")).isEqualTo("suporte");
        assertThat(calendars.calendarForTeam("manutencao")).isEqualTo("suporte");
        assertThat(calendars.calendarForTeam("ouvidoria")).isEqualTo("ouvidoria");
        assertThat(calendars.calendarForTeam("sac-fly01")).isEqualTo("fly01-varejo");
        assertThat(calendars.calendarForTeam("cloud")).isEqualTo("cloud");
        assertThat(calendars.calendarForTeam("prime")).isEqualTo("prime");
        assertThat(calendars.calendarForTeam("desconhecido")).isEqualTo("suporte");
        assertThat(calendars.calendarForTeam(null)).isEqualTo("suporte");
    }

    @Test
    void configuresEveryCalendarTheRulesName() {
        assertThat(calendars.ids()).containsExactlyInAnyOrder("suporte", "cst", "ouvidoria", "cloud", "prime",
                "prime-24x7", "dias-uteis", "fly01-beleza-estetica", "fly01-juridico", "fly01-manufatura",
                "fly01-pet-shop", "fly01-saude", "fly01-varejo", "fly01-app-gestao", "fly01-loja-virtual");
    }

    @ParameterizedTest(name = "{0} at {1} → {2}")
    @DisplayName("R20 warnings: an instant while the calendar is open stays; at a closing, at lunch, at night, on a "
            + "weekend or a holiday it moves to the next opening")
    @CsvSource({
            "cst, 2026-03-02T10:00, 2026-03-02T10:00",       // open: unchanged
            "cst, 2026-03-02T08:00, 2026-03-02T08:00",       // the opening itself is open
            "cst, 2026-03-02T12:00, 2026-03-02T13:30",       // the closing instant is not: after lunch
            "cst, 2026-03-02T12:45, 2026-03-02T13:30",       // lunch
            "cst, 2026-03-02T18:00, 2026-03-03T08:00",       // evening
            "cst, 2026-03-06T21:00, 2026-03-09T08:00",       // Friday night → Monday
            "cst, 2026-03-07T10:00, 2026-03-09T08:00",       // Saturday
            "suporte, 2026-06-03T19:00, 2026-06-05T07:00",   // Wednesday closing, Corpus Christi Thursday → Friday
            "suporte, 2026-02-13T20:00, 2026-02-18T07:00",   // Friday night, Carnaval Monday and Tuesday → Ash Wednesday
            "prime, 2026-03-02T12:30, 2026-03-02T12:30",     // Prime's on-call lunch counts as open (R14)
            "cloud, 2026-03-07T03:00, 2026-03-07T03:00"})    // round the clock
    void movesToTheNextOpening(String calendar, String at, String expected) {
        assertThat(calendars.nextOpening(calendar, SAO_PAULO, brasilia(at))).isEqualTo(brasilia(expected));
    }

    @Test
    @DisplayName("R20 warnings: business time to the minute — 80 % of a 3-hour CST target from 11:00 crosses lunch")
    void addsBusinessTimeToTheMinute() {
        // 2 h 24 min of CST from Monday 11:00: 11–12 (1 h), then 13:30 + 1 h 24 min = 14:54.
        assertThat(calendars.addBusinessTime("cst", SAO_PAULO, brasilia("2026-03-02T11:00"), Duration.ofMinutes(144)))
                .isEqualTo(brasilia("2026-03-02T14:54"));
        assertThat(calendars.addBusinessTime("cst", SAO_PAULO, brasilia("2026-03-02T11:00"), Duration.ofHours(3)))
                .isEqualTo(hours("cst", SAO_PAULO, "2026-03-02T11:00", 3));
        assertThatThrownBy(() -> calendars.addBusinessTime("cst", SAO_PAULO, brasilia("2026-03-02T11:00"),
                Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
