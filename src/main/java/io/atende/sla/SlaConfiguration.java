package io.atende.sla;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Wires the sla module: the business calendars of the calendars file, holidays and holiday on-call duty. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlaSettings.class)
public class SlaConfiguration {

    /**
     * The calendars file, read and checked. A bad file fails here, at start-up, naming the file,
     * the line and the calendar or team.
     */
    @Bean
    CalendarCatalogue calendarCatalogue(SlaSettings settings, ResourceLoader resources) {
        return CalendarsFile.load(resources, settings.calendarsFile());
    }

    /** jollyday's Brazilian holidays with the corrections of {@code atende.sla.holidays}. */
    @Bean
    HolidayCalendar holidayCalendar(SlaSettings settings) {
        return new HolidayCalendar(settings.holidays());
    }

    /**
     * The business calendars of the configured teams, with jollyday's corrected holidays and the on-call
     * duty published for holidays (none where no roster is available, e.g. in a web slice test).
     */
    @Bean
    BusinessCalendars businessCalendars(CalendarCatalogue catalogue, HolidayCalendar holidays,
            ObjectProvider<HolidayDuty> duty) {
        return new ConfiguredBusinessCalendars(catalogue, holidays,
                duty.getIfAvailable(() -> HolidayDuty.NONE));
    }
}
