package org.apertura.platform;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apertura.platform.storage.Storage;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator watches on every node: the file store's health (part of readiness: a node that cannot write files
 * takes no traffic) and gauges of the shared work — mail waiting in the outbox, mail given up after five attempts,
 * rate-limit rows and sessions in the database — and the figures the modules compute from their own data
 * ({@link WatchedFigure}: the reminders due and not yet sent, the national node's harvest lag). The ledger times its
 * appends itself ({@code apertura.ledger.append}).
 * Prometheus reads them at {@code /actuator/prometheus} when exposed ({@code APERTURA_ACTUATOR_EXPOSE}).
 */
@Configuration(proxyBeanMethods = false)
class Operations {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Operations.class);

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

    @Bean
    MeterBinder watchedFigures(List<WatchedFigure> figures, PlatformProperties settings) {
        Duration every = settings.operations().figuresEvery();
        return registry -> figures.forEach(figure -> {
            Recomputed value = new Recomputed(figure, every);
            // held strongly: a gauge keeps only a weak reference by default, and nothing else holds this one
            Gauge.builder(figure.name(), value, Recomputed::get).strongReference(true).description(figure.description())
                    .tags(Tags.of(figure.tags().entrySet().stream()
                            .map(t -> io.micrometer.core.instrument.Tag.of(t.getKey(), t.getValue())).toList()))
                    .register(registry);
        });
    }

    /** A figure computed again only when the last value is older than the period (elapsed time, not the day's). */
    static final class Recomputed {

        private final WatchedFigure figure;
        private final long periodNanos;
        private final AtomicLong computedAt = new AtomicLong();
        private volatile double last = Double.NaN;
        private volatile boolean computed;

        Recomputed(WatchedFigure figure, Duration period) {
            this.figure = figure;
            this.periodNanos = period.toNanos();
        }

        double get() {
            long now = System.nanoTime();
            long at = computedAt.get();
            if ((!computed || now - at >= periodNanos) && computedAt.compareAndSet(at, now)) {
                try {
                    last = figure.value();
                } catch (RuntimeException unavailable) {
                    LOG.warn("The figure {} {} could not be computed: {}", figure.name(), figure.tags(),
                            unavailable.toString());
                    last = Double.NaN; // the database away: the monitoring sees a gap, not a stale figure
                }
                computed = true;
            }
            return last;
        }
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
