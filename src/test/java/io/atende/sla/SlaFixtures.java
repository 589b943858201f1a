package io.atende.sla;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.env.PropertySource;

/** The sla module's fixtures: the shipped calendars.yml and application.yml settings, places, Brasília instants. */
final class SlaFixtures {

    static final Location SAO_PAULO = new Location("SP", "São Paulo");
    static final Location RIO = new Location("RJ", "Rio de Janeiro");

    private static SlaSettings shippedSettings;
    private static CalendarCatalogue shippedCatalogue;
    private static ConfiguredBusinessCalendars shippedCalendars;

    private SlaFixtures() {
    }

    /** {@code atende.sla} as application.yml configures it, bound the way Spring Boot binds it. */
    static synchronized SlaSettings shippedSettings() {
        if (shippedSettings == null) {
            try {
                var sources = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
                Iterable<PropertySource<?>> iterable = sources;
                Binder binder = new Binder(ConfigurationPropertySources.from(iterable));
                shippedSettings = binder.bind("atende.sla", SlaSettings.class).get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shippedSettings;
    }

    /** The shipped calendars file, read and checked. */
    static synchronized CalendarCatalogue shippedCatalogue() {
        if (shippedCatalogue == null) {
            shippedCatalogue = CalendarsFile.load(new DefaultResourceLoader(), shippedSettings().calendarsFile());
        }
        return shippedCatalogue;
    }

    /** The production calendars without holiday duty; built once because loading jollyday takes a moment. */
    static synchronized ConfiguredBusinessCalendars shippedCalendars() {
        if (shippedCalendars == null) {
            shippedCalendars = withDuty(HolidayDuty.NONE);
        }
        return shippedCalendars;
    }

    /** The production calendars with the given holiday on-call duty. */
    static ConfiguredBusinessCalendars withDuty(HolidayDuty duty) {
        return new ConfiguredBusinessCalendars(shippedCatalogue(), holidays(), duty);
    }

    private static HolidayCalendar holidays;

    private static synchronized HolidayCalendar holidays() {
        if (holidays == null) {
            holidays = new HolidayCalendar(shippedSettings().holidays());
        }
        return holidays;
    }

    /** A Brasília wall-clock time, e.g. {@code brasilia("2026-02-19T10:00")}. */
    static Instant brasilia(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendars.ZONE).toInstant();
    }
}
