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
     * The business calendars of the configured teams, with jollyday's corrected holidays and the on-call
     * duty published for holidays (none where no roster is available, e.g. in a web slice test).
     * A bad calendars file fails here, at start-up, naming the file, line and calendar or team.
     */
    @Bean
    BusinessCalendars businessCalendars(SlaSettings settings, ResourceLoader resources,
            ObjectProvider<HolidayDuty> duty) {
        return new ConfiguredBusinessCalendars(CalendarsFile.load(resources, settings.calendarsFile()),
                new HolidayCalendar(settings.holidays()), duty.getIfAvailable(() -> HolidayDuty.NONE));
    }
}
