package org.apertura.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.nio.charset.StandardCharsets;
import org.apertura.platform.storage.Storage;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator watches on every node: the file store's health (part of readiness: a node that cannot write files
 * takes no traffic) and gauges of the shared work — mail waiting in the outbox, mail given up after five attempts,
 * rate-limit rows and sessions in the database. The ledger times its appends itself ({@code apertura.ledger.append}).
 * Prometheus reads them at {@code /actuator/prometheus} when exposed ({@code APERTURA_ACTUATOR_EXPOSE}).
 */
@Configuration(proxyBeanMethods = false)
class Operations {

    private static final byte[] PROBE = "apertura: the file store answers".getBytes(StandardCharsets.UTF_8);

    /** Stores (once: content-addressed) and reads back a small probe file. */
    @Bean
    HealthIndicator storageHealthIndicator(Storage storage) {
        return () -> {
            try {
                String sha256 = storage.store(PROBE);
                return storage.read(sha256).isPresent() ? Health.up().build()
                        : Health.down().withDetail("reason", "probe file not readable").build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("reason", e.getClass().getSimpleName()).build();
            }
        };
    }

    @Bean
    MeterBinder sharedWorkGauges(JdbcTemplate jdbc) {
        return registry -> {
            Gauge.builder("apertura.outbox.pending", () -> count(jdbc,
                    "SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL AND attempts < 5"))
                    .description("Mail waiting to be sent").register(registry);
            Gauge.builder("apertura.outbox.failed", () -> count(jdbc,
                    "SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL AND attempts >= 5"))
                    .description("Mail given up after five attempts").register(registry);
            Gauge.builder("apertura.sessions", () -> count(jdbc, "SELECT COUNT(*) FROM spring_session"))
                    .description("Sessions in the database").register(registry);
            Gauge.builder("apertura.rate-limits.rows", () -> count(jdbc, "SELECT COUNT(*) FROM rate_limit_hit"))
                    .description("Rate-limit counts kept (this minute's and the last)").register(registry);
        };
    }

    private static double count(JdbcTemplate jdbc, String sql) {
        try {
            Long n = jdbc.queryForObject(sql, Long.class);
            return n == null ? 0 : n;
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }
}
