package io.atende.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.atende.sla.SlaSettings.CalendarSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Bad calendars fail at start-up, with a message naming the calendar and the entry at fault. */
class SlaSettingsValidationTests {

    private static SlaSettings settingsWith(String calendarId, CalendarSettings calendar) {
        return new SlaSettings(Map.of(calendarId, calendar), Map.of(), calendarId, null);
    }

    private static CalendarSettings hours(String... entries) {
        return new CalendarSettings(List.of(entries), false, null);
    }

    @Test
    void refusesOverlappingIntervals() {
        assertThatThrownBy(() -> settingsWith("cst", hours("MON-FRI 08:00-12:00", "WED 11:00-14:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atende.sla.calendars.cst: \"WED 11:00-14:00\" overlaps \"MON-FRI 08:00-12:00\" on WEDNESDAY");
    }

    @Test
    void acceptsIntervalsThatTouch() {
        SlaSettings settings = settingsWith("cst", hours("MON-FRI 08:00-12:00", "MON-FRI 12:00-18:00"));
        assertThat(settings.calendars()).containsKey("cst");
    }

    @Test
    void refusesInvertedInterval() {
        assertThatThrownBy(() -> settingsWith("ouvidoria", hours("MON-FRI 17:30-13:30")))
                .hasMessage("atende.sla.calendars.ouvidoria: \"MON-FRI 17:30-13:30\" is inverted or empty:"
                        + " it must end after it starts");
        assertThatThrownBy(() -> settingsWith("ouvidoria", hours("MON-FRI 08:00-08:00")))
                .hasMessageContaining("\"MON-FRI 08:00-08:00\" is inverted or empty");
    }

    @Test
    void refusesBackwardDayRange() {
        assertThatThrownBy(() -> settingsWith("fly01-varejo", hours("SAT-MON 09:00-15:00")))
                .hasMessageContaining("atende.sla.calendars.fly01-varejo: \"SAT-MON 09:00-15:00\"")
                .hasMessageContaining("run forward");
    }

    @Test
    void refusesUnreadableEntries() {
        for (String entry : List.of("MON-FRY 08:00-12:00", "seg-sex 08:00-12:00", "MON-FRI 8h-12h",
                "MON-FRI 08:00-24:30", "MON-FRI 25:00-26:00", "MON-FRI")) {
            assertThatThrownBy(() -> settingsWith("suporte", hours(entry)))
                    .hasMessage("atende.sla.calendars.suporte: cannot read \"%s\"; write it like"
                            .formatted(entry) + " \"MON-FRI 08:00-12:00\" or \"SAT 09:00-15:00\"");
        }
    }

    @Test
    void acceptsMidnightAsEndOfDay() {
        SlaSettings settings = settingsWith("dias-uteis", hours("MON-FRI 00:00-24:00"));
        assertThat(settings.calendars().get("dias-uteis").hours()).containsExactly("MON-FRI 00:00-24:00");
    }

    @Test
    void refusesCalendarWithoutWorkingTimeOrWithBothKinds() {
        assertThatThrownBy(() -> settingsWith("vazio", hours()))
                .hasMessageContaining("atende.sla.calendars.vazio: has no working time");
        assertThatThrownBy(() -> settingsWith("cloud", new CalendarSettings(List.of("MON 08:00-09:00"), true, null)))
                .hasMessageContaining("atende.sla.calendars.cloud: sets both twenty-four-seven and hours");
        assertThatThrownBy(() -> settingsWith("cloud", new CalendarSettings(List.of(), true, true)))
                .hasMessageContaining("a twenty-four-seven calendar ignores holidays");
    }

    @Test
    void refusesTeamOnUnknownCalendar() {
        assertThatThrownBy(() -> new SlaSettings(Map.of("suporte", hours("MON-FRI 07:00-19:00")),
                Map.of("cst", "cst"), "suporte", null))
                .hasMessage("atende.sla.team-calendars.cst: unknown calendar \"cst\"; known: [suporte]");
        assertThatThrownBy(() -> new SlaSettings(Map.of("suporte", hours("MON-FRI 07:00-19:00")),
                Map.of(), "plantao", null))
                .hasMessageContaining("atende.sla.default-calendar: unknown calendar \"plantao\"");
    }

    @Test
    @DisplayName("An overlapping interval in the configuration stops the application context from starting")
    void failsStartOnBadConfiguration() {
        new ApplicationContextRunner()
                .withUserConfiguration(SlaConfiguration.class)
                .withPropertyValues(
                        "atende.sla.calendars.cst.hours[0]=MON-FRI 08:00-12:00",
                        "atende.sla.calendars.cst.hours[1]=MON-FRI 11:30-18:00",
                        "atende.sla.default-calendar=cst")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause()
                        .hasMessageContaining("atende.sla.calendars.cst: \"MON-FRI 11:30-18:00\" overlaps"
                                + " \"MON-FRI 08:00-12:00\" on MONDAY"));
    }

    @Test
    void startsWithTheShippedConfiguration() {
        assertThat(SlaFixtures.shippedSettings().calendars()).hasSize(15);
        assertThat(SlaFixtures.shippedSettings().teamCalendars()).hasSize(14);
    }
}
