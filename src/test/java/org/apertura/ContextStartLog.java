package org.apertura;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Logs «Started Apertura (test context) in X s» when a test's application context is ready, at INFO under
 * {@code apertura.startup} (on in the test profile), so CI's output shows how long the shared context took to start
 * (registered in src/test/resources/META-INF/spring.factories).
 */
public class ContextStartLog implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger("apertura.startup");

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        java.time.Duration taken = event.getTimeTaken();
        log.info("Started Apertura (test context, profiles {}) in {} s", String.join(",",
                event.getApplicationContext().getEnvironment().getActiveProfiles()),
                taken == null ? "?" : String.format(java.util.Locale.ROOT, "%.1f", taken.toMillis() / 1000.0));
    }
}
