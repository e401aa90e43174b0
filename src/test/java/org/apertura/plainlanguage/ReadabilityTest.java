package org.apertura.plainlanguage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The indices, checked against sums done by hand. */
class ReadabilityTest {

    private static Readability of(String text) {
        return PlainLanguageService.analyseUnchecked(text).readability();
    }

    @Test
    void theIssuesVector() {
        Readability r = of("Hoy es un lindo día.");
        assertThat(r.sentences()).isEqualTo(1);
        assertThat(r.words()).isEqualTo(5);
        assertThat(r.syllables()).isEqualTo(7);
        assertThat(r.letters()).isEqualTo(15);
        assertThat(r.fernandezHuerta()).isEqualByComparingTo("117.74");
        assertThat(r.szigrisztPazos()).isEqualByComparingTo("114.62");
        assertThat(r.inflesz()).isEqualTo(InfleszLevel.VERY_EASY);
        assertThat(r.inflesz().label()).isEqualTo("muy fácil");
        assertThat(r.gutierrezPolini()).isEqualByComparingTo("64.35");
        assertThat(r.crawford()).isEqualByComparingTo("-0.65");
        assertThat(r.mu()).isEqualByComparingTo("250");
    }

    /**
     * "El gato come. La casa es azul.": S = 1+2+2+1+2+1+2 = 11, W = 7, F = 2, L = 22.
     * FH = 206.84 − 60·11/7 − 1.02·3.5 = 108.984…; SP = 206.835 − 62.3·11/7 − 3.5 = 105.435;
     * GP = 95.2 − 9.7·22/7 − 0.35·3.5 = 63.489…; Crawford = −0.205·200/7 + 0.049·1100/7 − 3.407 = −1.564…;
     * μ = (7/6)·((22/7)/(8/7))·100 = 320.833… (sample variance of 2,4,4,2,4,2,4 is 8/7).
     */
    @Test
    void aTwoSentenceVectorByHand() {
        Readability r = of("El gato come. La casa es azul.");
        assertThat(r.syllables()).isEqualTo(11);
        assertThat(r.letters()).isEqualTo(22);
        assertThat(r.fernandezHuerta()).isEqualByComparingTo("108.98");
        assertThat(r.szigrisztPazos()).isEqualByComparingTo("105.44");
        assertThat(r.gutierrezPolini()).isEqualByComparingTo("63.49");
        assertThat(r.crawford()).isEqualByComparingTo("-1.56");
        assertThat(r.mu()).isEqualByComparingTo("320.83");
    }

    /**
     * A bureaucratic sentence: "La dependencia coadyuvará en la implementación de los mecanismos
     * institucionales." S = 1+4+4+1+1+6+1+1+4+6 = 29, W = 10, F = 1.
     * SP = 206.835 − 62.3·2.9 − 10 = 16.165 → "muy difícil"; FH = 206.84 − 174 − 10.2 = 22.64.
     */
    @Test
    void officialeseScoresVeryDifficult() {
        Readability r = of("La dependencia coadyuvará en la implementación de los mecanismos institucionales.");
        assertThat(r.words()).isEqualTo(10);
        assertThat(r.syllables()).isEqualTo(29);
        assertThat(r.szigrisztPazos()).isEqualByComparingTo("16.17");
        assertThat(r.fernandezHuerta()).isEqualByComparingTo("22.64");
        assertThat(r.inflesz()).isEqualTo(InfleszLevel.VERY_DIFFICULT);
        assertThat(r.meetsCitizenLanguage()).isFalse();
    }

    @Test
    void noWordsNoIndices() {
        Readability r = of("123 456.");
        assertThat(r.words()).isZero();
        assertThat(r.fernandezHuerta()).isNull();
        assertThat(r.inflesz()).isNull();
        assertThat(r.meetsCitizenLanguage()).isFalse();
    }

    @Test
    void muNeedsTwoWordsOfDifferentLengths() {
        assertThat(of("Hola.").mu()).isNull();
        assertThat(of("Sol mar luz.").mu()).isNull();
        assertThat(of("Sol mar luz.").fernandezHuerta()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({"39.99, VERY_DIFFICULT", "40, SOMEWHAT_DIFFICULT", "54.99, SOMEWHAT_DIFFICULT", "55, NORMAL",
            "64.99, NORMAL", "65, FAIRLY_EASY", "80, FAIRLY_EASY", "80.01, VERY_EASY", "-12, VERY_DIFFICULT"})
    void infleszBandsIncludeTheirLowerBound(String value, InfleszLevel level) {
        assertThat(InfleszLevel.of(new BigDecimal(value))).isEqualTo(level);
    }
}
