package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Excerpts cut at a word, never mid-word. */
class TextsTest {

    @Test
    void aShortTextStaysWholeOnOneLine() {
        assertThat(Texts.excerpt("  ¿Cuánto costó\n el alumbrado?  ", 40)).isEqualTo("¿Cuánto costó el alumbrado?");
        assertThat(Texts.excerpt(null, 10)).isEmpty();
    }

    @Test
    void aLongTextIsCutAtAWordAndSaysSo() {
        String excerpt = Texts.excerpt("Las versiones estenográficas de las sesiones de comisiones de 2025", 30);
        assertThat(excerpt).isEqualTo("Las versiones estenográficas…");
        assertThat(excerpt.length()).isLessThanOrEqualTo(30);
    }

    @Test
    void oneWordLongerThanTheLimitIsCutWhereItMust() {
        assertThat(Texts.excerpt("Supercalifragilisticoespialidoso", 10)).isEqualTo("Supercali…");
    }
}
