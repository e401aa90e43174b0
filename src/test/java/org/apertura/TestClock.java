package org.apertura;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The clock of every application context the tests start (registered in src/test/resources/META-INF/spring.factories,
 * so it takes the place of the platform's system clock): the system's time, moved forward when a test would
 * otherwise wait for it. Only forward, and only as far as needed: a person's authenticator app that already gave
 * this step's and the next step's codes makes the test wait for the next 30-second step, and a test that waits
 * for the clock moves it instead ({@link #advanceTo}). Every context of the test JVM reads the same offset.
 */
public final class TestClock extends Clock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    private final ZoneId zone;

    public TestClock() {
        this(ZoneOffset.UTC);
    }

    private TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Now, as the applications under test read it. */
    public static Instant now() {
        return Instant.now().plus(OFFSET.get());
    }

    /** Moves the clock forward to the instant (never back); the applications under test see it at once. */
    public static void advanceTo(Instant at) {
        OFFSET.updateAndGet(offset -> {
            Duration needed = Duration.between(Instant.now(), at);
            return needed.compareTo(offset) > 0 ? needed : offset;
        });
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(other);
    }

    @Override
    public Instant instant() {
        return now();
    }

    /** Registers the clock before the configuration classes are read, so the platform's own clock steps aside. */
    public static class Installer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getBeanFactory().registerSingleton("testClock", new TestClock());
        }
    }
}
