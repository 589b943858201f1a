package io.atende.sla;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the sla module: the business calendars over {@code atende.sla.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlaSettings.class)
public class SlaConfiguration {

    /** The business calendars of the configured teams, with jollyday's corrected holidays. */
    @Bean
    BusinessCalendars businessCalendars(SlaSettings settings) {
        return new ConfiguredBusinessCalendars(settings, new HolidayCalendar(settings.holidays()));
    }
}
