package org.apertura.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The rule of progressive sign-in delays, and the throttle's two keys (e-mail and network address). */
class SignInDelayTest {

    private final SignInDelay.Rule rule = new SignInDelay.Rule(5, Duration.ofSeconds(30), Duration.ofMinutes(5),
            Duration.ofHours(1));

    @Test
    void theWaitDoublesAfterTheFreeFailuresUpToTheCap() {
        assertThat(rule.after(5)).isZero();
        assertThat(rule.after(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(rule.after(7)).isEqualTo(Duration.ofMinutes(1));
        assertThat(rule.after(9)).isEqualTo(Duration.ofMinutes(4));
        assertThat(rule.after(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(rule.after(1_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aKeyQuietForAnHourStartsAgain() {
        SignInDelay delay = new SignInDelay();
        Instant t = Instant.parse("2026-12-03T10:00:00Z");
        for (int i = 0; i < 6; i++) {
            delay.fail(rule, t);
        }
        assertThat(delay.remaining(rule, t.plusSeconds(10))).isEqualTo(Duration.ofSeconds(20));
        assertThat(delay.remaining(rule, t.plusSeconds(31))).isZero();
        delay.fail(rule, t.plus(Duration.ofHours(2)));
        assertThat(delay.failures()).isEqualTo(1);
        assertThat(delay.remaining(rule, t.plus(Duration.ofHours(2)))).isZero();
    }

    @Test
    void theNetworkAddressIsCountedAcrossEveryEmailItTries() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
        SignInThrottle throttle = new SignInThrottle(clock, 5, 20);
        for (int i = 0; i < 20; i++) {
            throttle.failed("persona" + i + "@ejemplo.mx", "203.0.113.7");
        }
        assertThat(throttle.remaining("otra@ejemplo.mx", "203.0.113.7")).isZero();
        throttle.failed("persona20@ejemplo.mx", "203.0.113.7");
        assertThat(throttle.remaining("otra@ejemplo.mx", "203.0.113.7")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.remaining("otra@ejemplo.mx", "198.51.100.1")).isZero();
        // the e-mail typed counts from every address, whether or not an account has it
        for (int i = 0; i < 6; i++) {
            throttle.failed("Alguien@Ejemplo.mx", "198.51.100." + i);
        }
        assertThat(throttle.remaining("alguien@ejemplo.mx", "192.0.2.1")).isEqualTo(Duration.ofSeconds(30));
        throttle.succeeded("alguien@ejemplo.mx");
        assertThat(throttle.remaining("alguien@ejemplo.mx", "192.0.2.1")).isZero();
    }
}
