package org.apertura;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still for a module test (docs/adr/0083; {@code @Import} it): noon in Mexico City on Monday
 * 2 November 2026, preferred to the platform's system clock, which a module test includes with the rest of platform.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StillClock {

    public static final Instant NOW = Instant.parse("2026-11-02T18:00:00Z");
    public static final LocalDate TODAY = LocalDate.parse("2026-11-02");

    @Bean
    @Primary
    Clock stillClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
