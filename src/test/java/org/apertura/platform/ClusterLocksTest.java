package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A job lock's {@code locked_by} tells nodes apart even on one host (StatelessNodesTest shows it on two nodes). */
class ClusterLocksTest {

    @Test
    void aLockNamesTheHostAndTheNode() {
        assertThat(ClusterLocks.lockedBy("web-1", "", 4242)).as("no node id: the process id").isEqualTo("web-1:4242");
        assertThat(ClusterLocks.lockedBy("web-1", null, 4243)).isEqualTo("web-1:4243");
        assertThat(ClusterLocks.lockedBy("web-1", " blue ", 4242)).as("the configured id").isEqualTo("web-1:blue");
        assertThat(ClusterLocks.lockedBy("web-1", "x".repeat(300), 1)).as("fits the column").hasSize(255);
    }
}
