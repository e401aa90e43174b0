package org.apertura.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apertura.platform.Hashing;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Progressive sign-in delays ({@link SignInDelay}) per e-mail address as typed and per network address,
 * kept in the database ({@code sign_in_failure}) so every node applies the same delay (in memory when built without
 * one, as the unit tests do), keys stored only as SHA-256. The address typed counts whether or not an account has it,
 * so the delay never tells whether one exists. By default: per e-mail, 5 failures free, then 30 s doubling
 * up to 5 minutes; per network address (offices share one), 20 free, then 30 s doubling up to 15 minutes;
 * both forgotten after an hour without failures. A successful sign-in clears its e-mail's count (not the
 * network address's, so one's own account cannot be used to reset it). A failure is counted by one atomic
 * UPDATE (two nodes failing at once both count); stale keys are deleted every ten minutes. In memory, the map is
 * bounded, forgetting the stale entries first.
 */
@Component
class SignInThrottle {

    static final int MAX_KEYS = 200_000;

    private final Map<String, SignInDelay> delays = new ConcurrentHashMap<>();
    private final SignInDelay.Rule perEmail;
    private final SignInDelay.Rule perAddress;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    SignInThrottle(Clock clock, int freePerEmail, int freePerAddress) {
        this(clock, freePerEmail, freePerAddress, null);
    }

    @Autowired
    SignInThrottle(Clock clock, IdentityProperties settings, JdbcTemplate jdbc) {
        this(clock, settings.security().signInFreeFailuresPerEmail(),
                settings.security().signInFreeFailuresPerAddress(), jdbc);
    }

    SignInThrottle(Clock clock, int freePerEmail, int freePerAddress, JdbcTemplate jdbc) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.perEmail = new SignInDelay.Rule(freePerEmail, Duration.ofSeconds(30), Duration.ofMinutes(5),
                Duration.ofHours(1));
        this.perAddress = new SignInDelay.Rule(freePerAddress, Duration.ofSeconds(30), Duration.ofMinutes(15),
                Duration.ofHours(1));
    }

    /** How long an attempt for this e-mail from this network address must still wait (zero: go ahead). */
    Duration remaining(String email, String address) {
        Instant now = Instant.now(clock);
        Duration byEmail = remaining(emailKey(email), perEmail, now);
        Duration byAddress = remaining(addressKey(address), perAddress, now);
        return byEmail.compareTo(byAddress) >= 0 ? byEmail : byAddress;
    }

    /** Counts a failed attempt for both keys. */
    void failed(String email, String address) {
        Instant now = Instant.now(clock);
        if (jdbc != null) {
            failInDatabase(emailKey(email), perEmail, now);
            failInDatabase(addressKey(address), perAddress, now);
            return;
        }
        if (delays.size() >= MAX_KEYS) {
            delays.entrySet().removeIf(e -> e.getValue().forgotten(perAddress, now) && e.getValue().forgotten(perEmail, now));
            if (delays.size() >= MAX_KEYS) {
                delays.clear();
            }
        }
        delays.computeIfAbsent(emailKey(email), k -> new SignInDelay()).fail(perEmail, now);
        delays.computeIfAbsent(addressKey(address), k -> new SignInDelay()).fail(perAddress, now);
    }

    /** A successful sign-in clears the count of the e-mail it used. */
    void succeeded(String email) {
        if (jdbc != null) {
            jdbc.update("DELETE FROM sign_in_failure WHERE throttle_key = ?", emailKey(email));
        } else {
            delays.remove(emailKey(email));
        }
    }

    /** Forgets the keys whose last failure is older than the longest memory of the rules. */
    @Scheduled(fixedDelayString = "${apertura.security.sign-in-failures-expiry:PT10M}")
    void forgetStale() {
        if (jdbc != null) {
            Duration longest = perEmail.forget().compareTo(perAddress.forget()) >= 0 ? perEmail.forget() : perAddress.forget();
            jdbc.update("DELETE FROM sign_in_failure WHERE last_failure < ?", Timestamp.from(Instant.now(clock).minus(longest)));
        }
    }

    private void failInDatabase(String key, SignInDelay.Rule rule, Instant now) {
        Timestamp at = Timestamp.from(now);
        Timestamp forgottenBefore = Timestamp.from(now.minus(rule.forget()));
        String update = "UPDATE sign_in_failure SET failures = CASE WHEN last_failure <= ? THEN 1 ELSE failures + 1 END,"
                + " last_failure = ? WHERE throttle_key = ?";
        if (jdbc.update(update, forgottenBefore, at, key) == 0) {
            try {
                jdbc.update("INSERT INTO sign_in_failure (throttle_key, failures, last_failure) VALUES (?, 1, ?)", key, at);
            } catch (DuplicateKeyException another) {
                jdbc.update(update, forgottenBefore, at, key);
            }
        }
    }

    private Duration remaining(String key, SignInDelay.Rule rule, Instant now) {
        if (jdbc != null) {
            List<SignInDelay> stored = jdbc.query("SELECT failures, last_failure FROM sign_in_failure WHERE throttle_key = ?",
                    (rs, n) -> new SignInDelay(rs.getInt(1), rs.getTimestamp(2).toInstant()), key);
            return stored.isEmpty() ? Duration.ZERO : stored.get(0).remaining(rule, now);
        }
        SignInDelay delay = delays.get(key);
        return delay == null ? Duration.ZERO : delay.remaining(rule, now);
    }

    static String emailKey(String email) {
        return "e:" + Hashing.sha256Hex(AccountService.normalizeEmail(email));
    }

    private static String addressKey(String address) {
        return "a:" + Hashing.sha256Hex(address == null ? "" : address);
    }
}
