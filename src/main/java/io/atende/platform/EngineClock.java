package io.atende.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the domain and the engine: the domain reads the engine's clock, so a test that
 * moves the engine clock (timers) moves the domain's "now" with it.
 */
@Configuration(proxyBeanMethods = false)
class EngineClock {

    @Bean
    Clock clock() {
        return new ClockUtilClock(ZoneOffset.UTC);
    }

    private static final class ClockUtilClock extends Clock {

        private final ZoneId zone;

        ClockUtilClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new ClockUtilClock(zone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
