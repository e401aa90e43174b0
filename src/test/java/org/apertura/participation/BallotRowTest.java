package org.apertura.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A ballot's choices as its row stores them (ADR 0071): read back in the same rank order, none lost or added. */
class BallotRowTest {

    @Test
    void choicesAreReadBackInTheirRankOrder() {
        Random random = new Random(71);
        for (int i = 0; i < 1_000; i++) {
            List<Long> choices = new ArrayList<>();
            for (int n = random.nextInt(31); n > 0; n--) {
                choices.add(1L + random.nextInt(Integer.MAX_VALUE) * (random.nextBoolean() ? 1_000L : 1L));
            }
            assertThat(Ballots.parsed(Ballots.stored(choices))).containsExactlyElementsOf(choices);
        }
    }

    @Test
    void aBlankBallotIsStoredEmptyAndReadAsNoChoice() {
        assertThat(Ballots.stored(List.of())).isEmpty();
        assertThat(Ballots.parsed("")).isEmpty();
        assertThat(Ballots.parsed(null)).isEmpty();
        assertThat(Ballots.stored(List.of(12L, 3L, 450L))).isEqualTo("12,3,450");
    }
}
