package io.atende.sla;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sla module ({@code atende.sla.*}): where the teams' business calendars are
 * (R8–R14; a YAML file of their own, read with line numbers) and the corrections applied to
 * jollyday's holidays (R15). Invalid settings fail the start with a message naming what to fix.
 *
 * @param calendarsFile Spring resource location of the calendars file, e.g. {@code classpath:calendars.yml}
 *     (the default) or {@code file:/etc/atende/calendars.yml}
 * @param holidays corrections and additions to jollyday's Brazilian holidays
 */
@ConfigurationProperties("atende.sla")
public record SlaSettings(
        @DefaultValue("classpath:calendars.yml") String calendarsFile,
        @DefaultValue HolidaySettings holidays) {

    public SlaSettings {
        calendarsFile = calendarsFile == null || calendarsFile.isBlank() ? "classpath:calendars.yml" : calendarsFile;
        holidays = holidays == null ? new HolidaySettings(List.of(), List.of()) : holidays;
        List<ExtraHoliday> extra = holidays.extra();
        IntStream.range(0, extra.size()).forEach(i -> ExtraHolidayRule.from(i, extra.get(i)));
    }

    /**
     * The correction layer over jollyday's Brazilian holidays (R15).
     *
     * @param drop jollyday property keys of holidays that are business days for Atende,
     *     e.g. {@code christian.ASH_WEDNESDAY}
     * @param extra holidays jollyday lacks: movable ones as Easter offsets, fixed or one-off dates,
     *     nationally or for a state or city
     */
    public record HolidaySettings(List<String> drop, List<ExtraHoliday> extra) {

        public HolidaySettings {
            drop = List.copyOf(drop == null ? List.of() : drop);
            extra = List.copyOf(extra == null ? List.of() : extra);
        }
    }

    /**
     * A holiday added by configuration. Exactly one of {@code date} and {@code easterOffset} is set.
     *
     * @param name what the day is, for people reading the settings
     * @param date {@code MM-DD} every year, or {@code YYYY-MM-DD} once
     * @param easterOffset days after Easter Sunday (negative: before), e.g. -48 for Carnaval Monday
     * @param state UF the holiday is limited to (e.g. {@code SP}); empty for a national holiday
     * @param city city name the holiday is limited to (needs {@code state}), e.g. {@code Campinas}
     */
    public record ExtraHoliday(String name, String date, Integer easterOffset, String state, String city) {
    }
}
