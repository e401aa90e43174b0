package org.apertura.platform;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Under -Ppostgres the test databases persist between runs: the first context of a test run on each database (the
 * suite's, and each module test's own, org.apertura.OwnDatabase) cleans it and migrates from scratch, so every run
 * starts as a fresh installation would.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "apertura.test.clean-database", havingValue = "true")
class CleanDatabaseOnce {

    private static final Set<String> CLEANED = ConcurrentHashMap.newKeySet();

    @Bean
    FlywayMigrationStrategy cleanThenMigrate(@Value("${spring.datasource.url}") String database) {
        return flyway -> {
            if (CLEANED.add(database)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
