package io.atende.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The calendars file: a bad calendar stops the start with the file, the line and the calendar or team at fault. */
class CalendarsFileTests {

    static final String FILE = "calendars.yml";

    private static CalendarCatalogue read(String yaml) {
        return CalendarsFile.read(FILE, new StringReader(yaml));
    }

    /** A file whose calendar {@code cst} (line 3) has these hours, one per line from line 5 on. */
    private static String cstWith(String... entries) {
        StringBuilder yaml = new StringBuilder("default-calendar: cst\ncalendars:\n  cst:\n    hours:\n");
        for (String entry : entries) {
            yaml.append("      - \"").append(entry).append("\"\n");
        }
        return yaml.toString();
    }

    @Test
    @DisplayName("An overlapping interval names the file, the line of the later entry and the calendar")
    void refusesOverlappingIntervals() {
        assertThatThrownBy(() -> read(cstWith("MON-FRI 08:00-12:00", "WED 11:00-14:00")))
                .isInstanceOf(InvalidCalendarsFileException.class)
                .hasMessage("calendars.yml, line 6: calendar \"cst\": \"WED 11:00-14:00\" overlaps"
                        + " \"MON-FRI 08:00-12:00\" on WEDNESDAY");
    }

    @Test
    @DisplayName("An inverted or empty interval names the file, its line and the calendar")
    void refusesInvertedInterval() {
        assertThatThrownBy(() -> read(cstWith("MON-FRI 08:00-12:00", "MON-FRI 17:30-13:30")))
                .hasMessage("calendars.yml, line 6: calendar \"cst\": \"MON-FRI 17:30-13:30\" is inverted or empty:"
                        + " it must end after it starts");
        assertThatThrownBy(() -> read(cstWith("MON-FRI 08:00-08:00")))
                .hasMessageStartingWith("calendars.yml, line 5: calendar \"cst\": \"MON-FRI 08:00-08:00\" is inverted");
    }

    @Test
    @DisplayName("An on-call window that overlaps the working hours is refused at its own line")
    void refusesOnCallOverlappingHours() {
        String yaml = """
                default-calendar: prime
                calendars:
                  prime:
                    hours: ["MON-FRI 08:00-12:00"]
                    on-call:
                      - "MON-FRI 07:00-08:00"
                      - "MON-FRI 11:00-13:30"
                """;
        assertThatThrownBy(() -> read(yaml)).hasMessage("calendars.yml, line 7: calendar \"prime\": \"MON-FRI 11:00-13:30\""
                + " overlaps \"MON-FRI 08:00-12:00\" on MONDAY");
    }

    @Test
    void refusesBackwardDayRangeAndUnreadableEntries() {
        assertThatThrownBy(() -> read(cstWith("SAT-MON 09:00-15:00")))
                .hasMessageContaining("calendars.yml, line 5: calendar \"cst\": \"SAT-MON 09:00-15:00\"")
                .hasMessageContaining("run forward");
        for (String entry : new String[] {"MON-FRY 08:00-12:00", "seg-sex 08:00-12:00", "MON-FRI 8h-12h",
                "MON-FRI 08:00-24:30", "MON-FRI 25:00-26:00", "MON-FRI"}) {
            assertThatThrownBy(() -> read(cstWith("MON-FRI 07:00-07:30", entry)))
                    .hasMessage("calendars.yml, line 6: calendar \"cst\": cannot read \"%s\"; write it like"
                            .formatted(entry) + " \"MON-FRI 08:00-12:00\" or \"SAT 09:00-15:00\"");
        }
    }

    @Test
    void acceptsTouchingIntervalsAndMidnightAsEndOfDay() {
        CalendarCatalogue catalogue = read(cstWith("MON-FRI 08:00-12:00", "MON-FRI 12:00-18:00", "SAT 00:00-24:00"));
        assertThat(catalogue.calendars().get("cst").schedule().on(DayOfWeek.MONDAY)).hasSize(2);
        assertThat(catalogue.calendars().get("cst").schedule().on(DayOfWeek.SATURDAY)).singleElement()
                .extracting(WorkingInterval::endSecond).isEqualTo(86_400);
    }

    @Test
    @DisplayName("A calendar without working time, or with both kinds, is refused at the calendar's line")
    void refusesCalendarWithoutWorkingTimeOrWithBothKinds() {
        assertThatThrownBy(() -> read("calendars:\n  suporte:\n    hours: [\"MON 07:00-08:00\"]\n  vazio:\n    holidays: false\n"))
                .hasMessage("calendars.yml, line 4: calendar \"vazio\": has no working time; set hours"
                        + " (e.g. \"MON-FRI 08:00-18:00\") or twenty-four-seven: true");
        assertThatThrownBy(() -> read("calendars:\n  cloud:\n    twenty-four-seven: true\n    hours: [\"MON 08:00-09:00\"]\n"))
                .hasMessageContaining("calendars.yml, line 2: calendar \"cloud\": sets both twenty-four-seven and hours");
        assertThatThrownBy(() -> read("calendars:\n  cloud:\n    twenty-four-seven: true\n    holidays: true\n"))
                .hasMessageContaining("a twenty-four-seven calendar ignores holidays");
        assertThatThrownBy(() -> read("calendars:\n  cloud:\n    twenty-four-seven: sim\n"))
                .hasMessage("calendars.yml, line 3: calendar \"cloud\": twenty-four-seven must be true or false, not \"sim\"");
    }

    @Test
    @DisplayName("A team on an unknown calendar names the team and its line; so do unknown keys and duplicates")
    void refusesTeamOnUnknownCalendar() {
        String yaml = """
                calendars:
                  suporte:
                    hours: ["MON-FRI 07:00-19:00"]
                team-calendars:
                  suporte-rm: suporte
                  cst: cst
                """;
        assertThatThrownBy(() -> read(yaml))
                .hasMessage("calendars.yml, line 6: team \"cst\": unknown calendar \"cst\"; known: [suporte]");
        assertThatThrownBy(() -> read("default-calendar: plantao\ncalendars:\n  suporte:\n    hours: [\"MON 07:00-08:00\"]\n"))
                .hasMessage("calendars.yml, line 1: default-calendar: unknown calendar \"plantao\"; known: [suporte]");
        assertThatThrownBy(() -> read("calendars:\n  suporte:\n    hours: [\"MON 07:00-08:00\"]\n    horas: [\"TUE 07:00-08:00\"]\n"))
                .hasMessageStartingWith("calendars.yml, line 4: calendar \"suporte\": unknown key \"horas\"");
        assertThatThrownBy(() -> read("calendars:\n  suporte:\n    hours: [\"MON 07:00-08:00\"]\n  suporte:\n    hours: [\"TUE 07:00-08:00\"]\n"))
                .hasMessage("calendars.yml, line 4: calendar \"suporte\" is defined twice");
    }

    @Test
    @DisplayName("Broken YAML names the file and line")
    void refusesBrokenYaml() {
        assertThatThrownBy(() -> read("calendars:\n  suporte:\n    hours: [\"MON 07:00-08:00\"\n  cst: x\n"))
                .isInstanceOf(InvalidCalendarsFileException.class)
                .hasMessageStartingWith("calendars.yml, line ")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    @DisplayName("Start-up: an overlapping interval stops the application, naming the file, calendar and line")
    void failsStartOnOverlappingInterval() {
        new ApplicationContextRunner()
                .withUserConfiguration(SlaConfiguration.class)
                .withPropertyValues("atende.sla.calendars-file=classpath:calendars/overlapping-cst.yml")
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().rootCause()
                        .isInstanceOf(InvalidCalendarsFileException.class)
                        .hasMessage("classpath:calendars/overlapping-cst.yml, line 6: calendar \"cst\":"
                                + " \"MON-FRI 11:30-18:00\" overlaps \"MON-FRI 08:00-12:00\" on MONDAY"));
    }

    @Test
    @DisplayName("Start-up: production points the property to a file outside the jar; a missing file stops the start")
    void readsCalendarsFromAFileLocation(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("calendars.yml");
        Files.writeString(file, "calendars:\n  suporte:\n    hours: [\"MON-FRI 09:00-10:00\"]\n");
        new ApplicationContextRunner()
                .withUserConfiguration(SlaConfiguration.class)
                .withPropertyValues("atende.sla.calendars-file=file:" + file)
                .run(context -> assertThat(context.getBean(BusinessCalendars.class).ids()).containsExactly("suporte"));
        new ApplicationContextRunner()
                .withUserConfiguration(SlaConfiguration.class)
                .withPropertyValues("atende.sla.calendars-file=file:" + dir.resolve("missing.yml"))
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("missing.yml: calendars file not found"));
    }

    @Test
    void startsWithTheShippedCalendars() {
        assertThat(SlaFixtures.shippedCatalogue().calendars()).hasSize(15);
        assertThat(SlaFixtures.shippedCatalogue().teamCalendars()).hasSize(14);
        assertThat(SlaFixtures.shippedCatalogue().defaultCalendar()).isEqualTo("suporte");
        assertThat(SlaFixtures.shippedCatalogue().source()).isEqualTo("classpath:calendars.yml");
    }
}
