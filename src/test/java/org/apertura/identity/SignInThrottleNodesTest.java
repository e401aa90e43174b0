package org.apertura.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apertura.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sign-in delays counted in the database: two nodes apply the same delay, and failures at once all count. */
@IntegrationTest
class SignInThrottleNodesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void failuresOnTwoNodesAddUpToOneDelay() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
        SignInThrottle nodeA = new SignInThrottle(clock, 5, 20, jdbc);
        SignInThrottle nodeB = new SignInThrottle(clock, 5, 20, jdbc);
        String email = "nodos-" + UUID.randomUUID().toString().substring(0, 8) + "@ejemplo.mx";
        for (int i = 0; i < 3; i++) {
            nodeA.failed(email, "198.51.100.10");
            nodeB.failed(email, "198.51.100.11");
        }
        // six failures in all (three on each node): past the five free ones on both nodes
        assertThat(nodeA.remaining(email, "192.0.2.1")).isEqualTo(Duration.ofSeconds(30));
        assertThat(nodeB.remaining(email, "192.0.2.1")).isEqualTo(Duration.ofSeconds(30));
        nodeB.succeeded(email);
        assertThat(nodeA.remaining(email, "192.0.2.1")).isZero();
    }

    @Test
    void failuresAtTheSameMomentOnTwoNodesAllCount() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-05T11:00:00Z"), ZoneOffset.UTC);
        SignInThrottle nodeA = new SignInThrottle(clock, 5, 1000, jdbc);
        SignInThrottle nodeB = new SignInThrottle(clock, 5, 1000, jdbc);
        String email = "carrera-" + UUID.randomUUID().toString().substring(0, 8) + "@ejemplo.mx";
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> IntStream.range(0, 40).forEach(i -> nodeA.failed(email, "203.0.113.20")));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> IntStream.range(0, 40).forEach(i -> nodeB.failed(email, "203.0.113.21")));
        CompletableFuture.allOf(a, b).join();
        assertThat(jdbc.queryForObject("SELECT failures FROM sign_in_failure WHERE throttle_key = ?", Integer.class,
                SignInThrottle.emailKey(email))).isEqualTo(80);
    }
}
