package org.apertura.platform;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Under -Ppostgres the test database persists between runs: the first context of a test run cleans
 * it and migrates from scratch, so every run starts as a fresh installation would.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "apertura.test.clean-database", havingValue = "true")
class CleanDatabaseOnce {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
