package org.apertura.infographics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An embed in English links the English page, whether or not the page's address already has a query. */
class EmbedSnippetsTest {

    @Test
    void englishIsAddedAsOneMoreParameter() {
        assertThat(EmbedSnippets.inLanguage("https://apertura.mx/solicitudes/cifras?jurisdiccion=durango", true))
                .isEqualTo("https://apertura.mx/solicitudes/cifras?jurisdiccion=durango&lang=en");
        assertThat(EmbedSnippets.inLanguage("https://apertura.mx/planes/3", true))
                .isEqualTo("https://apertura.mx/planes/3?lang=en");
        assertThat(EmbedSnippets.inLanguage("https://apertura.mx/planes/3?lang=en", true))
                .isEqualTo("https://apertura.mx/planes/3?lang=en");
        assertThat(EmbedSnippets.inLanguage("https://apertura.mx/planes/3", false)).isEqualTo("https://apertura.mx/planes/3");
    }
}
