package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A job lock's {@code locked_by} tells nodes apart even on one host (StatelessNodesTest shows it on two nodes), and a
 * daily job wrapped in its lock still runs at its hour in Mexico City, not at that hour of the server's zone.
 */
class ClusterLocksTest {

    @Test
    void aLockNamesTheHostAndTheNode() {
        assertThat(ClusterLocks.lockedBy("web-1", "", 4242)).as("no node id: the process id").isEqualTo("web-1:4242");
        assertThat(ClusterLocks.lockedBy("web-1", null, 4243)).isEqualTo("web-1:4243");
        assertThat(ClusterLocks.lockedBy("web-1", " blue ", 4242)).as("the configured id").isEqualTo("web-1:blue");
        assertThat(ClusterLocks.lockedBy("web-1", "x".repeat(300), 1)).as("fits the column").hasSize(255);
    }

    @Test
    void aWrappedDailyJobKeepsItsZone() {
        org.springframework.scheduling.config.CronTask declared = new org.springframework.scheduling.config.CronTask(
                () -> { }, new org.springframework.scheduling.support.CronTrigger("0 15 3 * * *",
                        java.time.ZoneId.of(org.apertura.platform.time.Today.ZONE_ID)));
        org.springframework.scheduling.config.CronTask wrapped = ClusterLocks.withJob(declared, () -> { });
        java.time.Clock evening = java.time.Clock.fixed(java.time.Instant.parse("2026-12-07T03:00:00Z"),
                java.time.ZoneOffset.UTC);
        assertThat(wrapped.getTrigger().nextExecution(
                new org.springframework.scheduling.support.SimpleTriggerContext(evening)))
                .as("03:15 in Mexico City is 09:15 UTC in December").isEqualTo(java.time.Instant.parse(
                        "2026-12-07T09:15:00Z"));
    }
}
