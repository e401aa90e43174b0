package org.apertura.platform;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Shared infrastructure beans: the clock every module reads time from, and scheduling. */
@Configuration(proxyBeanMethods = false)
class PlatformConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Every module's {@code @Scheduled} jobs (reminders, notices, the outbox, harvests, tallies, clean-ups) run unless
     * {@code apertura.scheduling.enabled=false}: the shared test context turns them off, so that no job writes between
     * two reads of a test; a test that needs a job calls its method. Production and the fault tests' nodes run them.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "apertura.scheduling.enabled", havingValue = "true", matchIfMissing = true)
    static class ScheduledJobs {
    }
}
