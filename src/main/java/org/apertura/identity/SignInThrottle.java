package org.apertura.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apertura.platform.Hashing;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Progressive sign-in delays ({@link SignInDelay}) per e-mail address as typed and per network address,
 * kept in memory, keys stored only as SHA-256. The address typed counts whether or not an account has it,
 * so the delay never tells whether one exists. By default: per e-mail, 5 failures free, then 30 s doubling
 * up to 5 minutes; per network address (offices share one), 20 free, then 30 s doubling up to 15 minutes;
 * both forgotten after an hour without failures. A successful sign-in clears its e-mail's count (not the
 * network address's, so one's own account cannot be used to reset it). Each node keeps its own counts;
 * the map is bounded, forgetting the stale entries first.
 */
@Component
class SignInThrottle {

    static final int MAX_KEYS = 200_000;

    private final Map<String, SignInDelay> delays = new ConcurrentHashMap<>();
    private final SignInDelay.Rule perEmail;
    private final SignInDelay.Rule perAddress;
    private final Clock clock;

    SignInThrottle(Clock clock,
            @Value("${apertura.security.sign-in-free-failures-per-email:5}") int freePerEmail,
            @Value("${apertura.security.sign-in-free-failures-per-address:20}") int freePerAddress) {
        this.clock = clock;
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
        delays.remove(emailKey(email));
    }

    private Duration remaining(String key, SignInDelay.Rule rule, Instant now) {
        SignInDelay delay = delays.get(key);
        return delay == null ? Duration.ZERO : delay.remaining(rule, now);
    }

    private static String emailKey(String email) {
        return "e:" + Hashing.sha256Hex(AccountService.normalizeEmail(email));
    }

    private static String addressKey(String address) {
        return "a:" + Hashing.sha256Hex(address == null ? "" : address);
    }
}
