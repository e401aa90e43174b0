package org.apertura.platform.web;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The rate limits' counts, in the database so that every node counts the same hits ({@link RateLimitFilter}): hits
 * per bucket (a limit and a client address) and minute, in {@code rate_limit_hit}. A minute's rows are deleted once
 * it has passed (every minute, by one node): nothing an attacker sends can make the server forget the other
 * addresses' counts, as a global clear of a full table would.
 */
@Component
public class SharedRateLimits {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SharedRateLimits(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one hit in the bucket's current minute; true while the minute's hits are within the limit. */
    public boolean tryHit(String bucket, int perMinute) {
        long minute = currentMinute();
        String key = bucket.length() > 200 ? bucket.substring(0, 200) : bucket;
        if (jdbc.update("UPDATE rate_limit_hit SET hits = hits + 1 WHERE bucket = ? AND window_start = ?", key, minute) == 0) {
            try {
                jdbc.update("INSERT INTO rate_limit_hit (bucket, window_start, hits) VALUES (?, ?, 1)", key, minute);
            } catch (DuplicateKeyException another) {
                jdbc.update("UPDATE rate_limit_hit SET hits = hits + 1 WHERE bucket = ? AND window_start = ?", key, minute);
            }
        }
        Integer hits = jdbc.queryForObject("SELECT hits FROM rate_limit_hit WHERE bucket = ? AND window_start = ?",
                Integer.class, key, minute);
        return hits != null && hits <= perMinute;
    }

    /** Forgets the minutes that have passed. */
    @Scheduled(fixedDelayString = "${apertura.rate-limits.expiry-interval:PT1M}")
    public int expire() {
        return jdbc.update("DELETE FROM rate_limit_hit WHERE window_start < ?", currentMinute());
    }

    private long currentMinute() {
        return clock.millis() / 60_000;
    }
}
