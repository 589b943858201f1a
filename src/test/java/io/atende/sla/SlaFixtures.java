package io.atende.sla;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.PropertySource;

/** The sla module's fixtures: the settings shipped in application.yml, places, Brasília instants. */
final class SlaFixtures {

    static final Location SAO_PAULO = new Location("SP", "São Paulo");
    static final Location RIO = new Location("RJ", "Rio de Janeiro");

    private static SlaSettings shippedSettings;
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

    /** The production calendars; built once because loading jollyday takes a moment. */
    static synchronized ConfiguredBusinessCalendars shippedCalendars() {
        if (shippedCalendars == null) {
            SlaSettings settings = shippedSettings();
            shippedCalendars = new ConfiguredBusinessCalendars(settings, new HolidayCalendar(settings.holidays()));
        }
        return shippedCalendars;
    }

    /** A Brasília wall-clock time, e.g. {@code brasilia("2026-02-19T10:00")}. */
    static Instant brasilia(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendars.ZONE).toInstant();
    }
}
