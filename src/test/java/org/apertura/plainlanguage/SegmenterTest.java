package org.apertura.plainlanguage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmenterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Hoy es un lindo día.|1|5|15",
            "El Art. 5 dice algo. La fracc. III también.|2|8|30",
            "Costó 2,500.00 pesos. Luego 1.5 más.|2|4|18",
            "¿Dónde está? ¡Aquí!|2|3|13",
            "¿Qué hacer; cómo seguir?|1|4|18",
            "Uno; dos.|2|2|6",
            "Espera... ya.|2|2|8",
            "Basta?! Sí.|2|2|7",
            "Pasó… y siguió.|2|3|11",
            "Ver el No. 5 de la lista. No.|2|7|18",
            "Dijo p. ej. esto y aquello.|1|6|19",
            "Lic. Ana y el C. Juan llegaron.|1|7|22",
            "Texto sin punto final|1|4|18",
            "1. 2. 3.|0|0|0",
            "Ñandú, pingüino y cigüeña.|1|4|21",
    })
    void countsSentencesWordsAndLetters(String text, int sentences, int words, int letters) {
        Segmenter.Segments segments = Segmenter.split(text);
        assertThat(segments.sentences()).as("sentences").hasSize(sentences);
        assertThat(segments.words()).as("words").hasSize(words);
        assertThat(segments.letters()).as("letters").isEqualTo(letters);
    }

    @Test
    void anEmptyLineEndsASentence() {
        String text = "Título del aviso\n  \nEl texto sigue aquí";
        List<Segmenter.Sentence> sentences = Segmenter.split(text).sentences();
        assertThat(sentences).hasSize(2);
        assertThat(text.substring(sentences.get(0).start(), sentences.get(0).end())).isEqualTo("Título del aviso");
        assertThat(text.substring(sentences.get(1).start(), sentences.get(1).end())).isEqualTo("El texto sigue aquí");
    }

    @Test
    void sentencesKeepTheirPlaceInTheText() {
        String text = "Primera oración. ¿Segunda pregunta?";
        List<Segmenter.Sentence> sentences = Segmenter.split(text).sentences();
        assertThat(text.substring(sentences.get(0).start(), sentences.get(0).end())).isEqualTo("Primera oración.");
        assertThat(text.substring(sentences.get(1).start(), sentences.get(1).end())).isEqualTo("¿Segunda pregunta?");
        assertThat(sentences.get(1).firstWord()).isEqualTo(2);
    }
}
