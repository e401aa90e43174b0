package org.apertura;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Logs «Started Apertura (test context) in X s» when a test's application context is ready, at INFO under
 * {@code apertura.startup} (on in the test profile), so CI's output shows how long the shared context took to start,
 * and each module test's, named by its module (docs/adr/0083), registered in src/test/resources/META-INF/spring.factories.
 */
public class ContextStartLog implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger("apertura.startup");

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        java.time.Duration taken = event.getTimeTaken();
        Environment environment = event.getApplicationContext().getEnvironment();
        String module = environment.getProperty("apertura.test.module");
        log.info("Started Apertura (test context{}, profiles {}) in {} s",
                module == null ? "" : " of module " + module, String.join(",", environment.getActiveProfiles()),
                taken == null ? "?" : String.format(java.util.Locale.ROOT, "%.1f", taken.toMillis() / 1000.0));
    }
}
