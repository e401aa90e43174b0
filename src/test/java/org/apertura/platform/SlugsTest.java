package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugsDropAccentsAndPunctuation() {
        assertThat(Slugs.of("Gómez Palacio")).isEqualTo("gomez-palacio");
        assertThat(Slugs.of("  Peñón Blanco, Dgo. ")).isEqualTo("penon-blanco-dgo");
        assertThat(Slugs.isValid("gomez-palacio")).isTrue();
        assertThat(Slugs.isValid("Gómez")).isFalse();
        assertThat(Slugs.isValid("a--b")).isFalse();
    }
}
